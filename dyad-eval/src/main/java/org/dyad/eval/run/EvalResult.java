package org.dyad.eval.run;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one evaluation run gives: its detailed table over the analysed items, and its headline figures
 * and item count for each reported half.
 */
public record EvalResult(String table, Map<Half, List<Figure>> figures, Map<Half, Integer> items) {
  public EvalResult {
    requireNonNull(table, "table is null");
    figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    items = Map.copyOf(items);
  }

  /**
   * Scores each reported half of {@code scored} (the analysed items) with {@code figures}.
   *
   * @param key each item's split key
   */
  public static <T> EvalResult of(String table, Selection selection, List<T> scored, Function<T, String> key,
      Function<List<T>, List<Figure>> figures) {
    Map<Half, List<Figure>> byHalf = new LinkedHashMap<>();
    Map<Half, Integer> counts = new LinkedHashMap<>();
    for (Half h : selection.reported()) {
      List<T> in = scored.stream().filter(i -> h.holds(key.apply(i))).toList();
      byHalf.put(h, figures.apply(in));
      counts.put(h, in.size());
    }
    return new EvalResult(table, byHalf, counts);
  }

  /** The result of a set without a split: its figures over all {@code items} items. */
  public static EvalResult whole(String table, List<Figure> figures, int items) {
    return new EvalResult(table, Map.of(Half.ALL, figures), Map.of(Half.ALL, items));
  }

  /** The table, then the halves side by side when more than one is reported. */
  public String text() {
    return figures.size() < 2 ? table : table + System.lineSeparator() + HalvesTable.of(figures, items);
  }
}
