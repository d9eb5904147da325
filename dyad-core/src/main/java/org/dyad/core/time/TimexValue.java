package org.dyad.core.time;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * The outcome of a rule: a TIMEX3 type and value.
 *
 * @param type DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, or null when the expression was recognised but cannot be anchored
 *     (a relative expression without an article date)
 */
public record TimexValue(String type, String value) {
  private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  public TimexValue {
    requireNonNull(type, "type is null");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown TIMEX3 type: " + type);
    }
  }

  static TimexValue date(String value) {
    return new TimexValue("DATE", value);
  }

  static TimexValue time(String value) {
    return new TimexValue("TIME", value);
  }

  static TimexValue duration(String value) {
    return new TimexValue("DURATION", value);
  }
}
