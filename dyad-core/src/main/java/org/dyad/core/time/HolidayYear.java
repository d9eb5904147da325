package org.dyad.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places a day the annotator dated without a written year ("Thanksgiving Day", "Christmas", "the
 * night of Oct. 23") in the right year. The annotator dates it in the article's year; like a
 * month-day without a year, it belongs in the window of {@link YearWindow} instead, so Thanksgiving in a January article is last
 * November's. A holiday fixed on a weekday of its month (the fourth Thursday of November) keeps
 * that rule in the other year; any other keeps its month and day. A weekday name is left alone:
 * its rules already chose the week.
 */
final class HolidayYear {
  private static final Pattern FULL_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\\b");
  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\d{4}|'\\d{2}\\b");
  /** Holidays set on a weekday of their month rather than on a fixed day. */
  private static final List<String> WEEKDAY_HOLIDAYS = List.of("thanksgiving", "labor day", "labour day",
      "memorial day", "mother's day", "mothers day", "father's day", "fathers day", "martin luther king",
      "presidents day", "presidents' day", "president's day", "columbus day", "veterans day");

  private HolidayYear() {}

  /** The value moved to the year the window chooses, or the value itself when it is no such day. */
  static String place(String text, String value, LocalDate anchor, boolean future) {
    Matcher m = value == null || anchor == null ? null : FULL_DATE.matcher(value);
    if (m == null || !m.matches() || WRITTEN_YEAR.matcher(text).find() || WEEKDAY.matcher(text).find()
        || Integer.parseInt(m.group(1)) != anchor.getYear()) {
      return value;
    }
    LocalDate day = LocalDate.parse(value.substring(0, 10));
    String time = m.group(4) == null ? "" : m.group(4);
    int year = YearWindow.yearOf(day.getMonthValue(), day.getDayOfMonth(), anchor, future);
    if (year == day.getYear()) {
      return value;
    }
    return (weekdayHoliday(text) ? sameWeekdayRule(day, year)
        : YearWindow.safeDay(year, day.getMonthValue(), day.getDayOfMonth())) + time;
  }

  private static boolean weekdayHoliday(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return WEEKDAY_HOLIDAYS.stream().anyMatch(t::contains);
  }

  /** The day in {@code year} that is the same weekday of the month (n-th, or last) as {@code day}. */
  private static LocalDate sameWeekdayRule(LocalDate day, int year) {
    DayOfWeek dow = day.getDayOfWeek();
    LocalDate month = LocalDate.of(year, day.getMonthValue(), 1);
    if (day.plusWeeks(1).getMonthValue() != day.getMonthValue()) {
      return month.with(TemporalAdjusters.lastInMonth(dow));
    }
    return month.with(TemporalAdjusters.dayOfWeekInMonth((day.getDayOfMonth() - 1) / 7 + 1, dow));
  }
}
