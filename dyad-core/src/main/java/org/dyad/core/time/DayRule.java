package org.dyad.core.time;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deictic days: "yesterday", "today", "tomorrow", "the day before yesterday", "tonight",
 * "last night", "this morning", "yesterday afternoon". A part of a day makes a TIME with the
 * TIMEX3 part code ({@code 2021-08-24TNI}).
 *
 * <p>An ordinal day of something going on ("the third day of the strike", "a second straight day")
 * counts from the start of that event, which the article date does not give: the day is the
 * article's own in a clause that is not future (news reports the day it is on), and unresolved in
 * a future one ("on his first day in office").
 */
final class DayRule implements TimexRule {
  private static final Pattern DAY = Pattern.compile(
      "^(yesterday|today|tomorrow|day before yesterday|day after tomorrow)"
          + "(?: (morning|afternoon|evening|night))?$");
  private static final Pattern PART = Pattern.compile(
      "^(tonight|last night|this (?:morning|afternoon|evening))$");
  private static final Pattern ORDINAL_DAY = Pattern.compile(
      "^(?:a )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))"
          + " (?:straight |consecutive |full )?day$");
  private static final Map<String, Integer> OFFSETS = Map.of(
      "yesterday", -1, "today", 0, "tomorrow", 1,
      "day before yesterday", -2, "day after tomorrow", 2);
  private static final Map<String, String> PART_CODES = Map.of(
      "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI");

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    Matcher m = DAY.matcher(phrase);
    if (m.matches()) {
      return Optional.of(at(anchor, OFFSETS.get(m.group(1)), m.group(2)));
    }
    m = PART.matcher(phrase);
    if (m.matches()) {
      String p = m.group(1);
      return Optional.of(switch (p) {
        case "tonight" -> at(anchor, 0, "night");
        case "last night" -> at(anchor, -1, "night");
        default -> at(anchor, 0, p.substring("this ".length()));
      });
    }
    if (ORDINAL_DAY.matcher(phrase).matches()) {
      return Optional.of(future ? TimexValue.date(null) : at(anchor, 0, null));
    }
    return Optional.empty();
  }

  /** A date (or a date with a part of day) {@code offset} days from the anchor. */
  static TimexValue at(LocalDate anchor, int offset, String part) {
    return dayValue(anchor == null ? null : anchor.plusDays(offset), part);
  }

  /** DATE for a bare day, TIME with a part code when a part of the day is named. */
  static TimexValue dayValue(LocalDate day, String part) {
    if (part == null) {
      return TimexValue.date(day == null ? null : day.toString());
    }
    return TimexValue.time(day == null ? null : day + "T" + PART_CODES.get(part));
  }
}
