package org.dyad.web;

import java.util.List;

/**
 * One page of a listing and the cursor for the next ({@code null} on the last page).
 */
record Page<T>(List<T> items, String next) {
  Page {
    items = List.copyOf(items);
  }

  static <T> Page<T> of(List<T> items, int limit, java.util.function.Function<T, String> cursor) {
    String next = items.size() < limit || items.isEmpty() ? null : cursor.apply(items.get(items.size() - 1));
    return new Page<>(items, next);
  }
}
