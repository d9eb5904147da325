package org.dyad.eval.plv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.eval.run.Figure;

/**
 * PLV counts over a set of items: link recall, root accuracy on linked items, end-to-end recall, root
 * in sentence, and end-to-end recall per gold category.
 */
public record PlvReport(PlvCounts total, Map<String, PlvCounts> byRoot) {
  public static final PlvReport EMPTY = new PlvReport(PlvCounts.ZERO, Map.of());

  public PlvReport {
    byRoot = Map.copyOf(byRoot);
  }

  /** This report with one more item. */
  public PlvReport plus(PlvOutcome o) {
    Map<String, PlvCounts> m = new TreeMap<>(byRoot);
    m.merge(o.root(), PlvCounts.of(o), PlvCounts::plus);
    return new PlvReport(total.plus(PlvCounts.of(o)), m);
  }

  /** The four headline figures. */
  public List<Figure> figures() {
    List<Figure> out = new ArrayList<>();
    out.add(new Figure("link recall", total.linkRecall(), total.linked() + "/" + total.items()));
    out.add(new Figure("root accuracy on linked", total.rootAccuracy(), total.right() + "/" + total.linked()));
    out.add(new Figure("end-to-end recall", total.endToEnd(), total.right() + "/" + total.items()));
    out.add(new Figure("root in sentence", total.rootInSentence(), total.inSentence() + "/" + total.items()));
    return out;
  }

  /** A plain-text table: the four figures with counts, then end-to-end recall per category. */
  public String toTable(String title) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s: %d items%n", title, total.items()));
    for (Figure f : figures()) {
      b.append(String.format(Locale.ROOT, "%-24s %6.3f  (%s)%n", f.metric(), f.value(), f.counts()));
    }
    b.append(String.format(Locale.ROOT, "%-10s %6s %7s %7s %9s%n", "category", "items", "linked", "right", "e2e rec."));
    byRoot.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      PlvCounts c = e.getValue();
      b.append(String.format(Locale.ROOT, "%-10s %6d %7d %7d %9.3f%n", e.getKey(), c.items(), c.linked(), c.right(), c.endToEnd()));
    });
    return b.toString();
  }
}
