package org.dyad.core.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an annotator (SUTime) value that no Dyad rule replaced. Values with an unknown year
 * ({@code XXXX-08-15}, {@code XXXX-08}, {@code XXXX-WXX-3} as a DATE) are placed against the
 * article date with the same choices as the rules; other unanchored values, and SUTime's
 * non-TIMEX3 forms ("THIS P1W", "OFFSET P-1D", a range "P2Y/P3Y", a count past the largest
 * integer), become null rather than a guess. SET values stay as they are ({@code XXXX-WXX-3} is
 * the right value of "every Wednesday"), except a calendar date, which is no SET value: the SET
 * takes the frequency its text writes ("weekly" {@code P1W}, see {@link SetRule}) or null.
 */
final class UnanchoredValueResolver {
  private static final Pattern MONTH_DAY = Pattern.compile("^XXXX-(\\d{2})(?:-(\\d{2}))?$");
  private static final Pattern WEEKDAY = Pattern.compile("^XXXX-WXX-([1-7])$");
  /** A calendar value ({@code 2021-08-25}, {@code 2021-W34}, {@code 2021}): a point, never a frequency. */
  private static final Pattern CALENDAR = Pattern.compile("^\\d{2}");

  /** The value to keep for the annotator's expression {@code text}, or null. */
  String resolve(String type, String value, String text, LocalDate anchor, boolean future) {
    if (value != null && type.equals("SET")) {
      return CALENDAR.matcher(value).lookingAt() ? SetRule.valueOf(text) : value;
    }
    if (value == null) {
      return null;
    }
    if (value.indexOf(' ') >= 0 || value.indexOf('/') >= 0 || value.contains("2147483647")) {
      return null; // SUTime's forms that are no TIMEX3 value: "THIS P1W", a range "P2Y/P3Y", an overflow
    }
    if (!value.startsWith("XXXX")) {
      return value;
    }
    if (anchor == null) {
      return null;
    }
    Matcher m = MONTH_DAY.matcher(value);
    if (m.matches()) {
      return monthDay(Integer.parseInt(m.group(1)), m.group(2), anchor, future);
    }
    m = WEEKDAY.matcher(value);
    if (m.matches()) {
      java.time.DayOfWeek day = java.time.DayOfWeek.of(Integer.parseInt(m.group(1)));
      return WeekdayRule.resolve(day, null, anchor, future).toString();
    }
    return null;
  }

  private static String monthDay(int month, String day, LocalDate anchor, boolean future) {
    if (month < 1 || month > 12) {
      return null;
    }
    if (day == null) {
      return String.format("%04d-%02d", YearWindow.yearOf(month, anchor, future), month);
    }
    int d = Integer.parseInt(day);
    try {
      return LocalDate.of(YearWindow.yearOf(month, d, anchor, future), month, d).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
