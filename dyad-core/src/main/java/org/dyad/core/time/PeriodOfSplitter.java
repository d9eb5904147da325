package org.dyad.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;

/**
 * Splits "the first nine months of 2021" into its two expressions, as TimeML annotates them: the
 * duration "the first nine months" ({@code P9M}) and the year "2021". "of the year" is the
 * article's year, as in company results, where the year meant is the current one. Only a counted
 * part of a year is split; "the first quarter of 2021" stays one date ({@code 2021-Q1}).
 */
final class PeriodOfSplitter {
  private static final Pattern PART_OF = Pattern.compile(
      "(?i)^((?:the )?(?:first|last|past|final) \\S+ (?:days|weeks|months))\\s+of\\s+(.+?)[\\s.,;:]*$");

  private static final Pattern THE_YEAR = Pattern.compile("(?i)the year");

  private final DateRules rules;

  PeriodOfSplitter(DateRules rules) {
    this.rules = rules;
  }

  /** The duration and the year, or an empty list when the text is no such phrase. */
  List<DateMention> split(String text, int offset, LocalDate anchor, boolean future) {
    Matcher m = PART_OF.matcher(text);
    if (!m.matches()) {
      return List.of();
    }
    Optional<TimexValue> part = rules.resolve(m.group(1), anchor, future)
        .filter(v -> v.type().equals("DURATION"));
    Optional<TimexValue> whole = THE_YEAR.matcher(m.group(2)).matches()
        ? Optional.of(TimexValue.date(anchor == null ? null : String.valueOf(anchor.getYear())))
        : rules.resolve(m.group(2), anchor, future).filter(v -> v.type().equals("DATE"));
    if (part.isEmpty() || whole.isEmpty()) {
      return List.of();
    }
    List<DateMention> out = new ArrayList<>(2);
    out.add(new DateMention(offset + m.start(1), offset + m.end(1), m.group(1), "DURATION", part.get().value()));
    out.add(new DateMention(offset + m.start(2), offset + m.end(2), m.group(2), "DATE", whole.get().value()));
    return out;
  }
}
