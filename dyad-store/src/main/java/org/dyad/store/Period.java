package org.dyad.store;

import java.util.Locale;

/** The bucket of a timeline. Weeks start on Monday (ISO). */
public enum Period {
  DAY, WEEK, MONTH, YEAR;

  String sql() {
    return name().toLowerCase(Locale.ROOT);
  }
}
