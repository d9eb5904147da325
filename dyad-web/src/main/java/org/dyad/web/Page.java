package org.dyad.web;

import java.util.List;
import org.dyad.store.Slice;

/**
 * One page of a listing, as every listing route gives it: the items, how many match in all, and the
 * cursor of the next page ({@code after=} it), null on the last page.
 */
record Page<T>(List<T> items, long total, String next) {
  Page {
    items = List.copyOf(items);
  }

  static <T> Page<T> of(Slice<T> slice) {
    int next = slice.nextOffset();
    return new Page<>(slice.items(), slice.total(), next < 0 ? null : Params.cursorOf(next));
  }
}
