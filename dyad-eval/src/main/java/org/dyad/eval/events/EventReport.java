package org.dyad.eval.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.eval.run.Figure;

/** Event-coding results: the totals and the same counts per gold category. */
public record EventReport(String title, EventCounts total, Map<String, EventCounts> byCategory) {
  public EventReport {
    requireNonNull(title, "title is null");
    requireNonNull(total, "total is null");
    byCategory = Map.copyOf(byCategory);
  }

  /** An empty report to add sentences to. */
  public static EventReport empty(String title) {
    return new EventReport(title, EventCounts.EMPTY, Map.of());
  }

  /** This report with one more scored sentence of {@code category}. */
  public EventReport plus(String category, EventCounts c) {
    Map<String, EventCounts> m = new TreeMap<>(byCategory);
    m.merge(category, c, EventCounts::plus);
    return new EventReport(title, total.plus(c), m);
  }

  /** The headline figures: exact and relaxed micro F1 with precision and recall, no-event sentences left empty. */
  public List<Figure> figures() {
    double[] ex = total.exactScore();
    double[] rx = total.relaxedScore();
    String counts = total.exact() + " exact, " + total.relaxed() + " relaxed of " + total.gold() + " gold, " + total.system() + " coded";
    return List.of(new Figure("exact F1", ex[2], counts), new Figure("exact P", ex[0], ""), new Figure("exact R", ex[1], ""),
        new Figure("relaxed F1", rx[2], counts), new Figure("relaxed P", rx[0], ""), new Figure("relaxed R", rx[1], ""),
        new Figure("no-event sentences left empty", total.noEventEmptyShare(), total.noEventEmpty() + "/" + total.noEventRecords()));
  }

  /** A plain-text table: micro P/R/F1 (exact, relaxed, actor pairs only), no-event sentences, record accuracy, per category. */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s: %d sentences, %d gold events, %d coded%n", title, total.records(),
        total.gold(), total.system()));
    b.append(String.format(Locale.ROOT, "%-8s %7s %7s %7s %8s%n", "match", "P", "R", "F1", "correct"));
    row(b, "exact", total.exactScore(), total.exact());
    row(b, "relaxed", total.relaxedScore(), total.relaxed());
    row(b, "actors", total.dyadScore(), total.dyads());
    b.append(String.format(Locale.ROOT, "no-event sentences left empty: %d of %d (%.3f)%n", total.noEventEmpty(),
        total.noEventRecords(), total.noEventEmptyShare()));
    b.append(String.format(Locale.ROOT, "sentences coded exactly right: %d of %d (%.3f)%n", total.recordsExact(),
        total.records(), total.records() == 0 ? 0 : (double) total.recordsExact() / total.records()));
    b.append(String.format(Locale.ROOT, "%-10s %7s %7s %7s %7s %7s %7s %9s%n", "category", "records", "gold", "coded",
        "exact", "TP%", "FP%", "rec.ok"));
    new TreeMap<>(byCategory).forEach((k, c) -> category(b, k, c));
    category(b, "all", total);
    return b.toString();
  }

  private static void row(StringBuilder b, String name, double[] s, int correct) {
    b.append(String.format(Locale.ROOT, "%-8s %7.3f %7.3f %7.3f %8d%n", name, s[0], s[1], s[2], correct));
  }

  /** TP% = exact/gold (PETRARCH's recall), FP% = unmatched coded events per record. */
  private static void category(StringBuilder b, String name, EventCounts c) {
    b.append(String.format(Locale.ROOT, "%-10s %7d %7d %7d %7d %7.1f %7.1f %9d%n", name, c.records(), c.gold(),
        c.system(), c.exact(), 100 * c.exactScore()[1], 100 * c.extraPerRecord(), c.recordsExact()));
  }
}
