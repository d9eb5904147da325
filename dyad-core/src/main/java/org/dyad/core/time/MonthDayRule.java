package org.dyad.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Months and month-days: "August 15", "Aug. 15, 2021", "15 August", "the 15th of August",
 * "in March", "last July", "March 2020", "August of last year". Without a year the year comes from
 * {@link YearWindow}; "last"/"next" July is the nearest July strictly before/after the article's
 * month; "this July" is in the article's year.
 */
final class MonthDayRule implements TimexRule {
  static final String MONTH_NAMES = "(january|february|march|april|may|june|july|august|september|"
      + "october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)";
  private static final String ORD = "(?:st|nd|rd|th)?";
  private static final String YEAR = "(?: (?:of )?(?:(\\d{4})|(last|this|next) year))?";
  private static final String WEEKDAY = "(?:" + WeekdayRule.DAY_NAMES + " )?";
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "^" + WEEKDAY + "(?:(last|this|next) )?" + MONTH_NAMES + "(?: (\\d{1,2})" + ORD + ")?" + YEAR + "$");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "^" + WEEKDAY + "(\\d{1,2})" + ORD + " (?:of )?" + MONTH_NAMES + YEAR + "$");
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec");

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    Matcher m = MONTH_FIRST.matcher(phrase);
    if (m.matches()) {
      return resolve(new Parts(m.group(2), month(m.group(3)), day(m.group(4)), m.group(5), m.group(6)),
          anchor, future);
    }
    m = DAY_FIRST.matcher(phrase);
    if (m.matches()) {
      return resolve(new Parts(null, month(m.group(3)), day(m.group(2)), m.group(4), m.group(5)),
          anchor, future);
    }
    return Optional.empty();
  }

  /** The pieces of a month expression; day 0 when absent. */
  private record Parts(String modifier, int month, int day, String year, String relativeYear) {}

  private static Optional<TimexValue> resolve(Parts p, LocalDate anchor, boolean future) {
    if (p.day > 31) {
      return Optional.empty();
    }
    Integer year = yearOf(p, anchor, future);
    if (year == null) {
      return Optional.of(TimexValue.date(null));
    }
    try {
      String value = p.day == 0
          ? YearMonth.of(year, p.month).toString()
          : LocalDate.of(year, p.month, p.day).toString();
      return Optional.of(TimexValue.date(value));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The year, or null when it depends on a missing article date. */
  private static Integer yearOf(Parts p, LocalDate anchor, boolean future) {
    if (p.year != null) {
      return Integer.parseInt(p.year);
    }
    if (anchor == null) {
      return null;
    }
    if (p.relativeYear != null) {
      return anchor.getYear() + offset(p.relativeYear);
    }
    int current = anchor.getMonthValue();
    if (p.modifier == null) {
      return p.day == 0
          ? YearWindow.yearOf(p.month, anchor, future)
          : YearWindow.yearOf(p.month, p.day, anchor, future);
    }
    return switch (p.modifier) {
      case "last" -> p.month < current ? anchor.getYear() : anchor.getYear() - 1;
      case "next" -> p.month > current ? anchor.getYear() : anchor.getYear() + 1;
      default -> anchor.getYear();
    };
  }

  private static int offset(String relative) {
    return switch (relative) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
  }

  /** Month number of a full or abbreviated name. */
  static int month(String name) {
    return MONTHS.indexOf(name.substring(0, 3)) + 1;
  }

  private static int day(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
