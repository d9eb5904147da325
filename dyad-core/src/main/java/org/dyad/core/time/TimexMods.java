package org.dyad.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;

/**
 * Reads the TIMEX3 {@code mod} attribute from the leading words of an expression, as TimeML
 * writes it: the part of a period ("the end of the month", "late July", "early next week",
 * "mid-1996", "the beginning of the year": {@code END}, {@code START}, {@code MID}) for dates and
 * times, a bound on a length ("more than two weeks" {@code MORE_THAN}, "less than an hour"
 * {@code LESS_THAN}, "at least five years" {@code EQUAL_OR_MORE}, "up to ten days"
 * {@code EQUAL_OR_LESS}) for durations, and "about", "around", "approximately", "roughly"
 * ({@code APPROX}) for either. The value stays that of the whole period: "the end of the month"
 * is {@code 2021-08} with {@code END}, not a guessed last day.
 */
final class TimexMods {
  private static final Pattern PREPOSITION = Pattern.compile(
      "^(?:on|in|at(?! least| most)|by|during|until|till|since|from|for|within|throughout|through|to)\\s+");
  private static final Pattern PUNCT = Pattern.compile("[-\u2010-\u2013]");
  private static final List<Map.Entry<Pattern, String>> PERIOD_PARTS = List.of(
      Map.entry(Pattern.compile("^(?:the )?(?:very )?(?:end|close) of\\b|^late\\b"), "END"),
      Map.entry(Pattern.compile("^(?:the )?(?:very )?(?:beginning|start|dawn) of\\b|^early\\b"), "START"),
      Map.entry(Pattern.compile("^(?:the )?middle of\\b|^mid\\b"), "MID"));
  private static final List<Map.Entry<Pattern, String>> BOUNDS = List.of(
      Map.entry(Pattern.compile("^(?:more than|longer than)\\b"), "MORE_THAN"),
      Map.entry(Pattern.compile("^(?:less than|under|shorter than)\\b"), "LESS_THAN"),
      Map.entry(Pattern.compile("^at least\\b"), "EQUAL_OR_MORE"),
      Map.entry(Pattern.compile("^(?:at most|up to|no more than)\\b"), "EQUAL_OR_LESS"));
  private static final Pattern APPROX = Pattern.compile("^(?:about|around|approximately|roughly|some)\\b");

  private TimexMods() {}

  /** The mention with its mod read from its text (an existing mod stays). */
  static DateMention read(DateMention m) {
    return m.mod() != null ? m : m.withMod(of(m.text(), m.type()));
  }

  /** The mod of an expression of the given TIMEX3 type, or null. */
  static String of(String text, String type) {
    String s = PUNCT.matcher(text.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    boolean duration = type.equals("DURATION");
    s = PREPOSITION.matcher(s).replaceFirst("");
    if (APPROX.matcher(s).find() && !(s.startsWith("some") && !duration)) {
      return "APPROX";
    }
    for (Map.Entry<Pattern, String> e : duration ? BOUNDS : PERIOD_PARTS) {
      Matcher m = e.getKey().matcher(s);
      if (m.find()) {
        return e.getValue();
      }
    }
    return null;
  }
}
