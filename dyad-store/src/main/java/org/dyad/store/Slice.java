package org.dyad.store;

import java.util.List;

/**
 * A page of a listing: its items, how many match in all, and where the page starts.
 *
 * @param total every match, on all pages
 * @param offset the index (among all matches) of the first item
 */
public record Slice<T>(List<T> items, long total, int offset) {
  public Slice {
    items = List.copyOf(items);
    if (offset < 0 || !items.isEmpty() && total < offset + (long) items.size()) {
      throw new IllegalArgumentException("a page of " + items.size() + " from " + offset + " does not fit in " + total);
    }
  }

  /** The offset of the next page, or -1 when this is the last. */
  public int nextOffset() {
    int next = offset + items.size();
    return next < total && !items.isEmpty() ? next : -1;
  }
}
