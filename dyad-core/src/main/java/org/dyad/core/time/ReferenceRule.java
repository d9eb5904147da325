package org.dyad.core.time;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vague references to the present, past and future, TIMEX3 DATE values PRESENT_REF, PAST_REF and
 * FUTURE_REF: "now", "currently", "recently", "in the past", "in the future", "soon"; "these days"
 * also with a describing word between ("in these difficult days").
 */
final class ReferenceRule implements TimexRule {
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("now", "PRESENT_REF"), Map.entry("right now", "PRESENT_REF"),
      Map.entry("currently", "PRESENT_REF"), Map.entry("at present", "PRESENT_REF"),
      Map.entry("present", "PRESENT_REF"), Map.entry("presently", "PRESENT_REF"),
      Map.entry("moment", "PRESENT_REF"), Map.entry("at the moment", "PRESENT_REF"),
      Map.entry("nowadays", "PRESENT_REF"), Map.entry("these days", "PRESENT_REF"),
      Map.entry("current", "PRESENT_REF"), Map.entry("so far", "PRESENT_REF"),
      Map.entry("recently", "PAST_REF"), Map.entry("lately", "PAST_REF"),
      Map.entry("recent", "PAST_REF"), Map.entry("past", "PAST_REF"),
      Map.entry("earlier", "PAST_REF"),
      Map.entry("future", "FUTURE_REF"), Map.entry("near future", "FUTURE_REF"),
      Map.entry("soon", "FUTURE_REF"), Map.entry("near term", "FUTURE_REF"),
      Map.entry("short term", "FUTURE_REF"), Map.entry("shortly", "FUTURE_REF"),
      Map.entry("later", "FUTURE_REF"), Map.entry("eventually", "FUTURE_REF"),
      Map.entry("someday", "FUTURE_REF"), Map.entry("years to come", "FUTURE_REF"));

  /** "these days" with one describing word between ("these difficult days"), not a count. */
  private static final Pattern THESE_DAYS = Pattern.compile("^these (\\p{Alpha}+) days$");

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    Matcher m = THESE_DAYS.matcher(phrase);
    if (m.matches() && NumberWords.parse(m.group(1)).isEmpty() && !m.group(1).equals("last")) {
      return Optional.of(TimexValue.date("PRESENT_REF"));
    }
    return Optional.ofNullable(WORDS.get(phrase)).map(TimexValue::date);
  }
}
