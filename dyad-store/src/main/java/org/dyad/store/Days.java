package org.dyad.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar day a TIMEX3 value stands for, so events and quotes can be filtered and charted by
 * day. A week, month or year value stands for its first day; values that name no calendar period
 * ({@code PAST_REF}, durations) have no day.
 */
final class Days {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  private Days() {
  }

  static LocalDate of(String value) {
    if (value == null) {
      return null;
    }
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      }
      m = WEEK.matcher(value);
      if (m.matches()) {
        return LocalDate.of(num(m, 1), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2)).with(DayOfWeek.MONDAY);
      }
      m = MONTH.matcher(value);
      if (m.matches()) {
        return LocalDate.of(num(m, 1), num(m, 2), 1);
      }
      m = YEAR.matcher(value);
      return m.matches() ? LocalDate.of(num(m, 1), 1, 1) : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
