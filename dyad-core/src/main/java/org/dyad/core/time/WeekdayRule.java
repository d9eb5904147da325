package org.dyad.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekday names. News reports mostly what happened, so a bare or "this" weekday is the most recent
 * such day on or before the article date (a Wednesday in a Wednesday article is that day); "last"
 * means strictly before. "next"/"coming" is the first such day strictly after the article date; a
 * bare weekday in a future-tense clause ("will meet on Monday") the first such day on or after it,
 * since news names a day of the coming week and "expires at midnight Friday" in a Friday article is
 * that night, not a week later. A plural ("Tuesdays",
 * "Tuesday nights") is every such day: the SET {@code XXXX-WXX-2} ({@code XXXX-WXX-2TNI}).
 */
final class WeekdayRule implements TimexRule {
  static final String DAY_NAMES = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
      + "mon|tues?|wed|thu|thurs?|fri|sat|sun)";
  private static final Pattern WEEKDAY = Pattern.compile(
      "^(?:(last|this|next|past|coming|previous) )?" + DAY_NAMES
          + "(?: (morning|afternoon|evening|night))?$");

  /** "Tuesdays", "Tuesday nights", "on Monday mornings": every such day, a SET. */
  private static final Pattern EVERY = Pattern.compile(
      "^" + DAY_NAMES + "(?:s| (morning|afternoon|evening|night)s)$");
  private static final java.util.Map<String, String> PARTS = java.util.Map.of(
      "morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    Matcher every = EVERY.matcher(phrase);
    if (every.matches()) {
      String part = every.group(2) == null ? "" : PARTS.get(every.group(2));
      return Optional.of(new TimexValue("SET", "XXXX-WXX-" + dayOf(every.group(1)).getValue() + part));
    }
    Matcher m = WEEKDAY.matcher(phrase);
    if (!m.matches()) {
      return Optional.empty();
    }
    DayOfWeek day = dayOf(m.group(2));
    LocalDate date = anchor == null ? null : resolve(day, m.group(1), anchor, future);
    return Optional.of(DayRule.dayValue(date, m.group(3)));
  }

  /** The day a weekday name with an optional modifier points to. */
  static LocalDate resolve(DayOfWeek day, String modifier, LocalDate anchor, boolean future) {
    String mod = modifier == null ? "" : modifier;
    return switch (mod) {
      case "last", "past", "previous" -> anchor.with(TemporalAdjusters.previous(day));
      case "next", "coming" -> anchor.with(TemporalAdjusters.next(day));
      default -> future
          ? anchor.with(TemporalAdjusters.nextOrSame(day))
          : anchor.with(TemporalAdjusters.previousOrSame(day));
    };
  }

  /** The day of week of a full or abbreviated English name. */
  static DayOfWeek dayOf(String name) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(java.util.Locale.ROOT).startsWith(name.substring(0, 3))) {
        return d;
      }
    }
    throw new IllegalArgumentException("not a weekday: " + name);
  }
}
