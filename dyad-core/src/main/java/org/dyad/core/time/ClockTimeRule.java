package org.dyad.core.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock time with the day it falls on: "10 p.m. Wednesday", "9:30 a.m. EST Tuesday", "noon
 * Saturday", "midnight Friday", "5 p.m. EST, Nov. 6". The day is resolved by the other rules and
 * the value is a TIME such as {@code 2021-08-25T22:00}; a time zone ("EST", "Kabul time", "local
 * time") is read but not written, as in TimeBank. Noon or midday alone is twelve o'clock on the
 * article date ({@link DocumentContext} moves it to the day the narrative is at); another clock time
 * alone is left to the annotator.
 */
final class ClockTimeRule implements TimexRule {
  private static final Pattern CLOCK = Pattern.compile(
      "^(?:(?:at|by|until) )?(?:(\\d{1,2})(?::(\\d{2}))? ?([ap])\\.?m|(noon|midnight))"
          + "(?: (?:[ecmp][sd]t|gmt|utc|[a-z]+ time))?(?: on)? (.+)$");
  private final DateRules days;

  ClockTimeRule(DateRules days) {
    this.days = days;
  }

  private static final Pattern MIDDAY = Pattern.compile("^(?:noon|midday)$");

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    if (MIDDAY.matcher(phrase).matches()) {
      return Optional.of(TimexValue.time(anchor == null ? null : anchor + "T12:00"));
    }
    Matcher m = CLOCK.matcher(phrase);
    if (!m.matches()) {
      return Optional.empty();
    }
    String clock = clock(m);
    if (clock == null) {
      return Optional.empty();
    }
    Optional<TimexValue> day = days.resolve(m.group(5), anchor, future)
        .filter(v -> v.type().equals("DATE"));
    if (day.isEmpty()) {
      return Optional.empty();
    }
    String value = day.get().value();
    if (value == null) {
      return Optional.of(TimexValue.time(null));
    }
    return value.matches("\\d{4}-\\d{2}-\\d{2}")
        ? Optional.of(TimexValue.time(value + "T" + clock)) : Optional.empty();
  }

  /** HH:MM of the clock part, or null when it is no valid time. */
  private static String clock(Matcher m) {
    if (m.group(4) != null) {
      return m.group(4).equals("noon") ? "12:00" : "24:00";
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (hour < 1 || hour > 12 || minute > 59) {
      return null;
    }
    int h24 = m.group(3).equals("p") ? (hour % 12) + 12 : hour % 12;
    return String.format("%02d:%02d", h24, minute);
  }
}
