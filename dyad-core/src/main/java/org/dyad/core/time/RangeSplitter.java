package org.dyad.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;

/**
 * Splits a range ("from 2001 to 2021", "between March and May", "2001-2021", "Monday through
 * Friday") into its two end points.
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
  private static final Pattern TRAILING = Pattern.compile("[\\s.,;:]+$");

  private final DateRules rules;

  RangeSplitter(DateRules rules) {
    this.rules = rules;
  }

  /** The two end points of a range at {@code offset}, or an empty list when it is no range. */
  List<DateMention> split(String text, int offset, LocalDate anchor, boolean future) {
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
      return List.of();
    }
    return List.of(first.get(), second.get());
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
