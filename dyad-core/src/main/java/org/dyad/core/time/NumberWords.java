package org.dyad.core.time;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the count in a time expression: digits, number words up to "ninety-nine" ("twenty one",
 * "twenty-one") and "a"/"an"/"one". Vague counts ("several", "a few", "many") are recognised
 * separately, since TIMEX3 writes them as X.
 */
final class NumberWords {
  /** A regex alternative matching any count this class reads, exact or vague. */
  static final String PATTERN = "(?:\\d{1,4}|a few|a couple of|a couple|a|an|several|few|many|some|"
      + "couple of|dozens of|hundreds of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
      + "(?: (?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
      + "eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a couple", 2),
      Map.entry("a couple of", 2), Map.entry("couple of", 2));
  private static final Set<String> VAGUE = Set.of(
      "a few", "several", "few", "many", "some", "dozens of", "hundreds of");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

  private NumberWords() {}

  /** The exact count, or empty for a vague or unknown count. */
  static OptionalInt parse(String words) {
    String w = words.trim();
    if (DIGITS.matcher(w).matches()) {
      return OptionalInt.of(Integer.parseInt(w));
    }
    Integer small = SMALL.get(w);
    if (small != null) {
      return OptionalInt.of(small);
    }
    int space = w.indexOf(' ');
    if (space > 0) {
      Integer tens = SMALL.get(w.substring(0, space));
      Integer units = SMALL.get(w.substring(space + 1));
      if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10) {
        return OptionalInt.of(tens + units);
      }
    }
    return OptionalInt.empty();
  }

  /** Whether the words are a vague count such as "several". */
  static boolean isVague(String words) {
    return VAGUE.contains(words.trim());
  }
}
