package org.dyad.core.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day one day before or after another time expression: "the day before last Tuesday", "the day
 * after Christmas", "the day after the March 3 vote" is not one ("the vote" is no time). The inner
 * expression is resolved by the other rules and must give a day; "the day before yesterday"
 * belongs to {@link DayRule}. "the week of March 6" is the ISO week holding that day.
 */
final class DayShiftRule implements TimexRule {
  private static final Pattern SHIFT = Pattern.compile("^(?:day (before|after)|week of) (.+)$");
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

  private final DateRules days;

  DayShiftRule(DateRules days) {
    this.days = days;
  }

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    Matcher m = SHIFT.matcher(phrase);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<TimexValue> inner = days.resolve(m.group(2), anchor, future);
    if (inner.isEmpty() || !"DATE".equals(inner.get().type())) {
      return Optional.empty();
    }
    String value = inner.get().value();
    if (value == null) {
      return inner;
    }
    if (!DAY.matcher(value).matches()) {
      return Optional.empty();
    }
    LocalDate day = LocalDate.parse(value);
    if (m.group(1) == null) {
      return Optional.of(TimexValue.date(CalendarUnit.week(day)));
    }
    int step = m.group(1).equals("before") ? -1 : 1;
    return Optional.of(TimexValue.date(day.plusDays(step).toString()));
  }
}
