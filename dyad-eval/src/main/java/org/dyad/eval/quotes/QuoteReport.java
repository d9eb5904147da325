package org.dyad.eval.quotes;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.eval.run.Figure;
import org.dyad.eval.timex.Score;

/** Attribution scores over a set of documents, per {@link Setting}. */
public record QuoteReport(int documents, Map<Setting, Counts> counts) {
  public static final QuoteReport EMPTY = new QuoteReport(0, Map.of());

  public QuoteReport {
    requireNonNull(counts, "counts is null");
    if (documents < 0) {
      throw new IllegalArgumentException("documents < 0");
    }
    Map<Setting, Counts> all = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      all.put(s, counts.getOrDefault(s, Counts.ZERO));
    }
    counts = Map.copyOf(all);
  }

  /** The report of one document. */
  public static QuoteReport of(Map<Setting, Counts> counts) {
    return new QuoteReport(1, counts);
  }

  public QuoteReport plus(QuoteReport o) {
    Map<Setting, Counts> sum = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      sum.put(s, counts.get(s).plus(o.counts.get(s)));
    }
    return new QuoteReport(documents + o.documents, sum);
  }

  public Counts get(Setting s) {
    return counts.get(s);
  }

  /** The headline figures: content F1 at overlap 0.3 (direct quotes and all attributions) and speaker accuracy. */
  public List<Figure> figures() {
    Counts direct = get(Setting.DIRECT_03);
    Counts all = get(Setting.ALL_03);
    return List.of(new Figure("direct quotes F1@0.3", direct.content().f1(), direct.matched() + " matched of " + direct.gold()),
        new Figure("all attributions F1@0.3", all.content().f1(), all.matched() + " matched of " + all.gold()),
        new Figure("speaker accuracy (all@0.3)", all.speakerAccuracy(), all.speakerCorrect() + "/" + all.matched()),
        new Figure("speaker accuracy (direct@0.3)", direct.speakerAccuracy(), direct.speakerCorrect() + "/" + direct.matched()));
  }

  /** A plain-text table: content P/R/F1 and speaker accuracy on matched pairs, per setting. */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    Counts all = get(Setting.ALL_03);
    Counts direct = get(Setting.DIRECT_03);
    b.append(String.format(Locale.ROOT, "Quote attribution: %d documents, %d gold (%d direct), %d system (%d direct)%n",
        documents, all.gold(), direct.gold(), all.system(), direct.system()));
    b.append(String.format(Locale.ROOT, "%-20s %7s %7s %7s %8s %9s %9s%n",
        "setting", "P", "R", "F1", "matched", "speaker", "relaxed"));
    for (Setting s : Setting.values()) {
      Counts c = get(s);
      Score sc = c.content();
      b.append(String.format(Locale.ROOT, "%-20s %7.4f %7.4f %7.4f %8d %9.4f %9.4f%n", s.label(),
          sc.precision(), sc.recall(), sc.f1(), c.matched(), c.speakerAccuracy(), c.speakerRelaxedAccuracy()));
    }
    return b.toString();
  }
}
