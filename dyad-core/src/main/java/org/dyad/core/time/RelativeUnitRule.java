package org.dyad.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods counted from the article date. "two days ago" is that day, "three weeks ago" that ISO
 * week, "a year ago" that year: the value has the granularity of the unit. A vague count
 * ("several years ago") gives PAST_REF. "last week" is the ISO week before the article's
 * ({@code 2021-W33}; on a Sunday, the week that Sunday ends), "this month" and "earlier this month" the article's month, "next year" the
 * following year; weekends get the TIMEX3 {@code -WE} suffix. "the past week" is a duration and
 * belongs to {@link DurationRule}.
 */
final class RelativeUnitRule implements TimexRule {
  private static final Pattern AGO = Pattern.compile(
      "^(?:(" + NumberWords.PATTERN + ") )?" + CalendarUnit.PATTERN
          + "(?: or so)? (ago|before|earlier|from now|later|hence)$");
  private static final Pattern DEICTIC = Pattern.compile(
      "^(last|this|next|previous|current|coming|following) (week|weekend|month|quarter|year|decade)$");
  private static final Pattern WEEKEND = Pattern.compile("^weekend$");

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    Matcher m = AGO.matcher(phrase);
    if (m.matches()) {
      boolean barePlural = m.group(1) == null && phrase.startsWith(m.group(2) + "s ");
      String count = barePlural ? "several" : m.group(1);
      return ago(count, CalendarUnit.of(m.group(2)).orElseThrow(), m.group(3), anchor);
    }
    m = DEICTIC.matcher(phrase);
    if (m.matches()) {
      return Optional.of(deictic(m.group(1), m.group(2), anchor));
    }
    if (WEEKEND.matcher(phrase).matches()) {
      return Optional.of(TimexValue.date(anchor == null ? null : bareWeekend(anchor, future)));
    }
    return Optional.empty();
  }

  private static Optional<TimexValue> ago(String count, CalendarUnit unit, String direction,
      LocalDate anchor) {
    if (unit.isClockUnit()) {
      return Optional.empty();
    }
    boolean back = direction.equals("ago") || direction.equals("before") || direction.equals("earlier");
    OptionalInt n = count == null ? OptionalInt.of(1) : NumberWords.parse(count);
    if (n.isEmpty()) {
      return Optional.of(TimexValue.date(back ? "PAST_REF" : "FUTURE_REF"));
    }
    if (anchor == null) {
      return Optional.of(TimexValue.date(null));
    }
    int signed = back ? -n.getAsInt() : n.getAsInt();
    CalendarUnit granularity = unit == CalendarUnit.DECADE ? CalendarUnit.YEAR : unit;
    return Optional.of(TimexValue.date(granularity.format(unit.shift(anchor, signed))));
  }

  private static TimexValue deictic(String modifier, String unitWord, LocalDate anchor) {
    int offset = switch (modifier) {
      case "last", "previous" -> -1;
      case "next", "coming", "following" -> 1;
      default -> 0;
    };
    if (unitWord.equals("decade") && offset < 0) {
      return TimexValue.duration("P10Y");
    }
    if (anchor == null) {
      return TimexValue.date(null);
    }
    if (unitWord.equals("weekend")) {
      return TimexValue.date(CalendarUnit.week(anchor.plusWeeks(offset)) + "-WE");
    }
    CalendarUnit unit = CalendarUnit.of(unitWord).orElseThrow();
    if (unit == CalendarUnit.WEEK && offset < 0 && anchor.getDayOfWeek() == DayOfWeek.SUNDAY) {
      offset = 0; // a Sunday paper's "last week" is the working week just ended, the ISO week of that Sunday
    }
    return TimexValue.date(unit.format(unit.shift(anchor, offset)));
  }

  /** "the weekend": the coming one in a future clause, else the latest one begun. */
  private static String bareWeekend(LocalDate anchor, boolean future) {
    boolean inWeekend = anchor.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
    LocalDate week = future || inWeekend ? anchor : anchor.minusWeeks(1);
    return CalendarUnit.week(week) + "-WE";
  }
}
