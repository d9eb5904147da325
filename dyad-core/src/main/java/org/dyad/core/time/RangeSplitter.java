package org.dyad.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;

/**
 * Splits a range ("from 2001 to 2021", "between March and May", "2001-2021", "Monday through
 * Friday", and of lengths "two-three years") into its two end points, and two parts of a year
 * that share their noun ("the second and fourth quarters") into the two parts.
 *
 * <p>Decision: a range becomes two DATE mentions, one per end point, rather than one mention with
 * an interval value. TIMEX3 has no interval value (TimeML annotates the two points, plus a
 * DURATION only when the text states a length), SUTime's range values are not TIMEX3, and events
 * downstream are dated by points. The connecting words ("from", "to") belong to neither mention.
 * A range is split only when both halves resolve on their own; "Aug. 15-20" is left whole.
 */
final class RangeSplitter {
  private static final Pattern WORDED = Pattern.compile(
      "(?i)^(?:from|between)\\s+(.+?)\\s+(?:to|through|until|till|and|-|\u2013)\\s+(.+?)$");
  private static final Pattern BARE = Pattern.compile(
      "(?i)^(.+?)\\s*(?:\\s(?:to|through|until)\\s|[-\u2013]|\\s[-\u2013]\\s)\\s*(.+?)$");
  private static final Pattern TWO_DAYS = Pattern.compile(
      "^(\\p{Lu}\\p{L}+\\.? \\d{1,2})(?:st|nd|rd|th)? and (\\d{1,2})(?:st|nd|rd|th)?$");
  private static final Pattern TRAILING = Pattern.compile("[\\s.,;:]+$");
  private static final Pattern TWO_PARTS = Pattern.compile(
      "(?i)^(?:the\\s+)?(first|second|third|fourth)\\s+and\\s+(first|second|third|fourth)\\s+(quarters|halves)$");
  private static final Pattern COUNT = Pattern.compile("(?i)^(?:(?:about|around|some|nearly|almost|roughly|approximately) )?"
      + "(?:\\d+(?:\\.\\d+)?|" + NumberWords.PATTERN + ")$");
  private static final Pattern UNIT_AT_END = Pattern.compile("(?i)\\b((?:second|minute|hour|day|week|month|year|decade)s?)\\W*$");

  private final DateRules rules;

  RangeSplitter(DateRules rules) {
    this.rules = rules;
  }

  /** The two end points of a range at {@code offset}, or an empty list when it is no range. */
  List<DateMention> split(String text, int offset, LocalDate anchor, boolean future) {
    Matcher days = TWO_DAYS.matcher(text);
    if (days.matches()) {
      return twoDays(days, offset, anchor, future);
    }
    Matcher parts = TWO_PARTS.matcher(text);
    if (parts.matches()) {
      return twoParts(parts, offset, anchor, future);
    }
    Matcher m = WORDED.matcher(text);
    if (!m.matches()) {
      m = BARE.matcher(text);
      if (!m.matches()) {
        return List.of();
      }
    }
    Optional<DateMention> first = point(m, 1, text, offset, anchor, future);
    Optional<DateMention> second = point(m, 2, text, offset, anchor, future);
    if (first.isEmpty() || second.isEmpty()) {
      return lengths(m, text, offset, anchor, future);
    }
    return List.of(first.get(), second.get());
  }

  /**
   * A range of lengths, "two-three years", "10 to 15 minutes", "between two and three weeks": a
   * count alone and a length; the count takes the length's unit ("two" is {@code P2Y}, "three
   * years" {@code P3Y}), as TimeML marks the two ends of a range.
   */
  private List<DateMention> lengths(Matcher m, String text, int offset, LocalDate anchor, boolean future) {
    String count = m.group(1).strip();
    Matcher unit = UNIT_AT_END.matcher(m.group(2));
    if (!COUNT.matcher(count).matches() || !unit.find() || isOneNumber(count, m.group(2))) {
      return List.of();
    }
    Optional<TimexValue> second = rules.resolve(m.group(2), anchor, future).filter(v -> v.type().equals("DURATION"));
    Optional<TimexValue> first = rules.resolve(count + " " + unit.group(1), anchor, future).filter(v -> v.type().equals("DURATION"));
    if (first.isEmpty() || second.isEmpty()) {
      return List.of();
    }
    int end2 = m.start(2) + TRAILING.matcher(m.group(2)).replaceFirst("").length();
    return List.of(
        new DateMention(offset + m.start(1), offset + m.start(1) + m.group(1).stripTrailing().length(), m.group(1).stripTrailing(),
            "DURATION", first.get().value()),
        new DateMention(offset + m.start(2), offset + end2, text.substring(m.start(2), end2), "DURATION", second.get().value()));
  }

  /** "April 24 and 25": two days of one month, the second written as its number only. */
  private List<DateMention> twoDays(Matcher m, int offset, LocalDate anchor, boolean future) {
    Optional<TimexValue> first = rules.resolve(m.group(1), anchor, future).filter(v -> v.type().equals("DATE"));
    if (first.isEmpty() || first.get().value() == null || !first.get().value().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return List.of();
    }
    int day = Integer.parseInt(m.group(2));
    String month = first.get().value().substring(0, 7);
    if (day < 1 || day > java.time.YearMonth.parse(month).lengthOfMonth()) {
      return List.of();
    }
    return List.of(
        new DateMention(offset + m.start(1), offset + m.end(1), m.group(1), "DATE", first.get().value()),
        new DateMention(offset + m.start(2), offset + m.end(2), m.group(2), "DATE", String.format("%s-%02d", month, day)));
  }

  /**
   * "the second and fourth quarters", "the first and second halves": two parts of a year sharing
   * one plural noun, each its own mention ("second" and "fourth quarters", as TimeML marks them),
   * each resolved as that part written in full.
   */
  private List<DateMention> twoParts(Matcher m, int offset, LocalDate anchor, boolean future) {
    String noun = m.group(3).equalsIgnoreCase("halves") ? "half" : "quarter";
    Optional<TimexValue> first = rules.resolve("the " + m.group(1) + " " + noun, anchor, future);
    Optional<TimexValue> second = rules.resolve("the " + m.group(2) + " " + noun, anchor, future);
    if (first.isEmpty() || second.isEmpty()) {
      return List.of();
    }
    return List.of(
        new DateMention(offset + m.start(1), offset + m.end(1), m.group(1), first.get().type(), first.get().value()),
        new DateMention(offset + m.start(2), offset + m.end(3), m.group().substring(m.start(2), m.end(3)),
            second.get().type(), second.get().value()));
  }

  /** "twenty-one days" is one count, not a range from twenty to one. */
  private static boolean isOneNumber(String count, String rest) {
    String next = rest.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
    return NumberWords.parse(count.toLowerCase(java.util.Locale.ROOT) + " " + next).isPresent();
  }

  private Optional<DateMention> point(Matcher m, int group, String text, int offset,
      LocalDate anchor, boolean future) {
    int end = m.start(group) + TRAILING.matcher(m.group(group)).replaceFirst("").length();
    if (end <= m.start(group)) {
      return Optional.empty();
    }
    String part = text.substring(m.start(group), end);
    return rules.resolve(part, anchor, future)
        .filter(v -> v.type().equals("DATE") || v.type().equals("TIME"))
        .filter(v -> v.value() == null || !v.value().endsWith("_REF"))
        .map(v -> new DateMention(offset + m.start(group), offset + end, part, v.type(), v.value()));
  }
}
