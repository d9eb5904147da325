package org.dyad.core.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Chooses the year of a month or month-day written without one. News looks back more than ahead,
 * so the expression is placed in the window from nine months before to three months after the
 * article date: "On December 20" in an article of 2021-02-03 is 2020-12-20, and "January 5" in an
 * article of 2021-12-28 is 2022-01-05. In a future-tense clause it is the first such day on or
 * after the article date instead, unless the day lies less than two weeks before the article date:
 * "to leave the country by Jan. 14" in an article of January 15 is a deadline just past, not one
 * a year away.
 */
final class YearWindow {
  private static final int MONTHS_AHEAD = 3;
  /** A day this close before the article date stays in its year even in a future clause. */
  private static final int FUTURE_SLACK_DAYS = 14;

  private YearWindow() {}

  /** The year for a month and day; the day must exist in some year (February 29 does). */
  static int yearOf(int month, int day, LocalDate anchor, boolean future) {
    int year = anchor.getYear();
    LocalDate candidate = safeDate(year, month, day);
    if (future) {
      return candidate.isBefore(anchor.minusDays(FUTURE_SLACK_DAYS)) ? year + 1 : year;
    }
    if (candidate.isAfter(anchor.plusMonths(MONTHS_AHEAD))) {
      return year - 1;
    }
    if (!candidate.isAfter(anchor.minusMonths(12 - MONTHS_AHEAD))) {
      return year + 1;
    }
    return year;
  }

  /** The year for a month alone. */
  static int yearOf(int month, LocalDate anchor, boolean future) {
    YearMonth current = YearMonth.from(anchor);
    YearMonth candidate = YearMonth.of(anchor.getYear(), month);
    if (future) {
      return candidate.isBefore(current) ? anchor.getYear() + 1 : anchor.getYear();
    }
    long diff = current.until(candidate, java.time.temporal.ChronoUnit.MONTHS);
    if (diff > MONTHS_AHEAD) {
      return anchor.getYear() - 1;
    }
    if (diff <= MONTHS_AHEAD - 12) {
      return anchor.getYear() + 1;
    }
    return anchor.getYear();
  }

  /** The day in the given year, February 29 becoming February 28 in common years. */
  static LocalDate safeDay(int year, int month, int day) {
    return safeDate(year, month, day);
  }

  /** The date, with February 29 moved to February 28 in common years (for comparison only). */
  private static LocalDate safeDate(int year, int month, int day) {
    YearMonth ym = YearMonth.of(year, month);
    return ym.atDay(Math.min(day, ym.lengthOfMonth()));
  }
}
