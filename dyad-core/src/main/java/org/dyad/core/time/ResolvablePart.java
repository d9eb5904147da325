package org.dyad.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;

/**
 * Narrows an annotator expression that no rule resolves to its longest part that does. The
 * annotator sometimes runs a time expression into a neighbouring word or expression ("a flat year
 * this year", "his second this year", "Nov. 3, the day before"); the expression TimeML marks is
 * then a prefix or a suffix of the span, cut at a word boundary. The longest such part with a
 * value wins (a suffix on equal length); when the rest of the span resolves too, both are kept
 * ("for more than four hours Friday" is a duration and a day).
 */
final class ResolvablePart {
  private static final Pattern WORD_START = Pattern.compile("(?<=[\\s,])(?=\\S)");
  private static final Pattern COUNTS = Pattern.compile("(?i)\\d|\\b(?:than|one|two|three|four|five|six|seven|eight|nine|ten|"
      + "twenty|thirty|forty|fifty|hundred|thousand|million|billion|several|few|many|dozens?)\\b");
  private static final Pattern CALENDAR = Pattern.compile("^\\d{4}");
  private static final Pattern WORD_END = Pattern.compile("(?<=\\S)(?=[\\s,])");

  private final DateRules rules;

  ResolvablePart(DateRules rules) {
    this.rules = rules;
  }

  /** The longest resolvable proper part of the text and the rest when it resolves; empty if none. */
  List<DateMention> find(String text, int offset, LocalDate anchor, boolean future) {
    DateMention best = longest(text, offset, anchor, future);
    if (best == null) {
      return List.of();
    }
    int from = best.start() - offset;
    int to = best.end() - offset;
    DateMention rest = from == 0 ? trimmed(text, to, text.length(), offset, anchor, future)
        : trimmed(text, 0, from, offset, anchor, future);
    if (rest == null) {
      return List.of(best);
    }
    return from == 0 ? List.of(best, rest) : List.of(rest, best);
  }

  /**
   * The calendar value of an expression led by words that name no time and no count ("a flat
   * second quarter", "a strong third quarter"): the value of its longest resolvable suffix after
   * such words, or empty.
   */
  java.util.Optional<TimexValue> modifiedValue(String text, LocalDate anchor, boolean future) {
    Matcher m = WORD_START.matcher(text);
    while (m.find()) {
      String lead = text.substring(0, m.start());
      if (TimeVocabulary.mentionsTime(lead) || COUNTS.matcher(lead).find()) {
        return java.util.Optional.empty();
      }
      java.util.Optional<TimexValue> v = rules.resolve(text.substring(m.start()), anchor, future)
          .filter(x -> x.value() != null && CALENDAR.matcher(x.value()).find());
      if (v.isPresent()) {
        return v;
      }
    }
    return java.util.Optional.empty();
  }

  private DateMention trimmed(String text, int from, int to, int offset, LocalDate anchor, boolean future) {
    while (from < to && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == ',')) {
      from++;
    }
    while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == ',')) {
      to--;
    }
    return from < to ? part(text, from, to, offset, anchor, future) : null;
  }

  private DateMention longest(String text, int offset, LocalDate anchor, boolean future) {
    DateMention best = null;
    Matcher m = WORD_START.matcher(text);
    while (m.find()) {
      best = longer(best, part(text, m.start(), text.length(), offset, anchor, future));
    }
    m = WORD_END.matcher(text);
    while (m.find()) {
      best = longer(best, part(text, 0, m.start(), offset, anchor, future));
    }
    return best;
  }

  private DateMention part(String text, int from, int to, int offset, LocalDate anchor, boolean future) {
    String s = text.substring(from, to);
    return rules.resolve(s, anchor, future)
        .filter(v -> v.value() != null)
        .map(v -> new DateMention(offset + from, offset + to, s, v.type(), v.value()))
        .orElse(null);
  }

  private static DateMention longer(DateMention a, DateMention b) {
    if (a == null) {
      return b;
    }
    return b != null && b.end() - b.start() > a.end() - a.start() ? b : a;
  }
}
