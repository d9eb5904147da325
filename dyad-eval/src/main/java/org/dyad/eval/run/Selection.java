package org.dyad.eval.run;

import java.util.List;
import java.util.function.Function;

/**
 * Which items an evaluation scores: one half of the split, or (half null) all items with the halves
 * A, B and all reported side by side; only the first {@code limit} of them (0 = all).
 */
public record Selection(Half half, int limit) {
  /** Every item, the halves side by side: what the commands do by default. */
  public static final Selection SIDE_BY_SIDE = new Selection(null, 0);

  public Selection {
    if (limit < 0) {
      throw new IllegalArgumentException("limit < 0: " + limit);
    }
  }

  /** The half whose items are analysed. */
  public Half analysed() {
    return half == null ? Half.ALL : half;
  }

  /** The halves reported. */
  public List<Half> reported() {
    return half == null ? Half.SIDE_BY_SIDE : List.of(half);
  }

  /** The selected items of a gold set, {@code key} giving each item's split key. */
  public <T> List<T> pick(List<T> items, Function<T, String> key) {
    List<T> in = items.stream().filter(i -> analysed().holds(key.apply(i))).toList();
    return limit > 0 && limit < in.size() ? in.subList(0, limit) : in;
  }
}
