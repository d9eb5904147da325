package org.dyad.core.time;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a time expression to the core the rules match: lower case, single spaces, hyphens and
 * trailing punctuation removed, and leading prepositions, articles, hedges and part-of-period words
 * ("early", "late", "the end of") dropped, since they do not change a TIMEX3 value. Years spoken
 * in words, as broadcast transcripts write them ("nineteen ninety-seven"), become digits.
 */
final class PhraseCleaner {
  private static final Pattern LEADING = Pattern.compile(
      "^(?:at least|at most|up to|more than|less than|on|in|at|during|since|by|until|till|from|"
          + "of|for|over|within|throughout|the|about|around|nearly|almost|roughly|approximately|some|"
          + "just|only|early|late|mid|earlier|later|the end of|the beginning of|"
          + "the start of|the middle of|end of|beginning of|start of|middle of|the rest of)\\s+");
  private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{Alnum})[-\u2010-\u2013](?=\\p{Alnum})");
  private static final Pattern OTHER = Pattern.compile("[\\s,]+");
  private static final Pattern SPELLED_YEAR = Pattern.compile("\\bnineteen ((?:twenty|thirty|forty|"
      + "fifty|sixty|seventy|eighty|ninety)(?: (?:one|two|three|four|five|six|seven|eight|nine))?|"
      + "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b");
  private static final Pattern TRAILING = Pattern.compile("[\\s.,;:!?'\"\u2019)]+$");

  private PhraseCleaner() {}

  /** The cleaned phrase; never null. */
  static String clean(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    s = HYPHEN.matcher(s).replaceAll(" ");
    s = s.replaceAll("(?<=\\p{Alpha})\\.(?=\\s|$)", "");
    s = OTHER.matcher(s).replaceAll(" ").trim();
    s = SPELLED_YEAR.matcher(s).replaceAll(m -> String.valueOf(1900 + NumberWords.parse(m.group(1)).orElseThrow()));
    s = TRAILING.matcher(s).replaceAll("");
    String before;
    do {
      before = s;
      s = LEADING.matcher(s).replaceFirst("");
    } while (!s.equals(before));
    return s;
  }
}
