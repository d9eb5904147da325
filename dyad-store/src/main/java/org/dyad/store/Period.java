package org.dyad.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/** The bucket of a timeline, finest first. Weeks start on Monday (ISO). */
public enum Period {
  DAY, WEEK, MONTH, YEAR;

  String sql() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The first day of the period that holds {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(DayOfWeek.MONDAY);
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The first day of the next period, given the first day of one. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
  }

  /**
   * How precise a TIMEX3 date value is, as the period it names: a day ({@code 2021-08-25}, also with a time),
   * a week ({@code 2021-W34}), a month ({@code 2021-08}) or a year ({@code 2021}); null (an event dated by its
   * article) is a day. Other values (seasons, quarters) are years.
   */
  static Period precision(String timex) {
    if (timex == null || timex.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return DAY;
    }
    if (timex.matches("\\d{4}-W\\d{2}.*")) {
      return WEEK;
    }
    return timex.matches("\\d{4}-\\d{2}") ? MONTH : YEAR;
  }

  /** The SQL expression of {@link #precision} over the events' {@code date} column, as the period's ordinal. */
  static final String PRECISION_SQL = "CASE WHEN e.date IS NULL OR regexp_matches(e.date, '^\\d{4}-\\d{2}-\\d{2}') THEN 0 "
      + "WHEN regexp_matches(e.date, '^\\d{4}-W\\d{2}') THEN 1 WHEN regexp_matches(e.date, '^\\d{4}-\\d{2}$') THEN 2 ELSE 3 END";
}
