package org.dyad.core.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * A unit of time as the rules use it: how a date is written at that granularity (TIMEX3), how it
 * shifts, and how a duration in it is written.
 */
enum CalendarUnit {
  MINUTE("minute", "PT", "M", 0),
  HOUR("hour", "PT", "H", 0),
  DAY("day", "P", "D", 1),
  WEEK("week", "P", "W", 7),
  MONTH("month", "P", "M", 30),
  QUARTER("quarter", "P", "Q", 91),
  YEAR("year", "P", "Y", 365),
  DECADE("decade", "P", "Y", 3652);

  /** Regex alternative of unit words, singular or plural. */
  static final String PATTERN = "(minute|hour|day|week|month|quarter|year|decade)s?";

  private final String word;
  private final String durationPrefix;
  private final String durationLetter;
  private final int approximateDays;

  CalendarUnit(String word, String durationPrefix, String durationLetter, int approximateDays) {
    this.word = word;
    this.durationPrefix = durationPrefix;
    this.durationLetter = durationLetter;
    this.approximateDays = approximateDays;
  }

  /** The unit named by a word such as "weeks", or empty. */
  static Optional<CalendarUnit> of(String word) {
    String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    for (CalendarUnit u : values()) {
      if (u.word.equals(singular)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /** Whether the unit is finer than a day, so a date anchor cannot place it. */
  boolean isClockUnit() {
    return approximateDays == 0;
  }

  /**
   * A TIMEX3 duration of {@code count} units ({@code P3W}); null count gives {@code PXW}. Quarters
   * are written in months ("three quarters" {@code P9M}, "recent quarters" {@code PXM}): ISO 8601
   * has no quarter in a duration.
   */
  String duration(Integer count) {
    if (this == QUARTER) {
      return count == null ? "PXM" : "P" + 3L * count + "M";
    }
    if (count == null) {
      return durationPrefix + "X" + durationLetter;
    }
    long n = this == DECADE ? 10L * count : count;
    return durationPrefix + n + durationLetter;
  }

  /** The date moved by {@code n} of these units (negative: back). */
  LocalDate shift(LocalDate date, long n) {
    return switch (this) {
      case MINUTE, HOUR, DAY -> date.plusDays(this == DAY ? n : 0);
      case WEEK -> date.plusWeeks(n);
      case MONTH -> date.plusMonths(n);
      case QUARTER -> date.plusMonths(3 * n);
      case YEAR -> date.plusYears(n);
      case DECADE -> date.plusYears(10 * n);
    };
  }

  /** The TIMEX3 value of the period of this unit holding the date; null below a day. */
  String format(LocalDate date) {
    return switch (this) {
      case MINUTE, HOUR -> null;
      case DAY -> date.toString();
      case WEEK -> week(date);
      case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
      case QUARTER -> String.format("%04d-Q%d", date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
      case YEAR -> String.format("%04d", date.getYear());
      case DECADE -> String.format("%03d", date.getYear() / 10);
    };
  }

  /** ISO week value, for example {@code 2021-W33}. */
  static String week(LocalDate date) {
    return String.format("%04d-W%02d",
        date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
