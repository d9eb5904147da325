package org.dyad.store;

import java.util.Locale;

/** The lower-case ids under which the review enums are stored and sent, and their parsing. */
final class Ids {
  private Ids() {
  }

  static String of(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** The constant whose id is {@code id} (any case, outer spaces ignored), or an error naming what {@code what} wants. */
  static <E extends Enum<E>> E parse(E[] values, String id, String what) {
    for (E e : values) {
      if (of(e).equalsIgnoreCase(id == null ? "" : id.strip())) {
        return e;
      }
    }
    throw new IllegalArgumentException(what + ", got '" + id + "'");
  }
}
