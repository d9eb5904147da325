package org.dyad.eval.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The headline figures of several halves side by side: one row per metric, one column per half. */
public final class HalvesTable {
  private HalvesTable() {}

  /**
   * @param figures each half's figures, the same metrics in the same order
   * @param items how many items each half has
   */
  public static String of(Map<Half, List<Figure>> figures, Map<Half, Integer> items) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-28s", "halves (md5 of the item key)"));
    figures.keySet().forEach(h -> b.append(String.format(Locale.ROOT, " %8s", h.label())));
    b.append(String.format(Locale.ROOT, "%n%-28s", "items"));
    figures.keySet().forEach(h -> b.append(String.format(Locale.ROOT, " %8d", items.getOrDefault(h, 0))));
    b.append(String.format(Locale.ROOT, "%n"));
    Map<String, StringBuilder> rows = new LinkedHashMap<>();
    figures.forEach((h, fs) -> fs.forEach(f -> rows.computeIfAbsent(f.metric(),
        m -> new StringBuilder(String.format(Locale.ROOT, "%-28s", m))).append(String.format(Locale.ROOT, " %8.3f", f.value()))));
    rows.values().forEach(r -> b.append(r).append(String.format(Locale.ROOT, "%n")));
    return b.toString();
  }
}
