package org.dyad.eval.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word tests of the held-out check scorers ({@code shared/eval/check/common.py}), so that the Java
 * scorers that follow them give the same figures: words are runs of letters, digits and underscores
 * in lower case (Python's {@code \w+}), content words leave out the check's stop words.
 */
public final class CheckWords {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final Set<String> STOP = Set.of(("the a an of and to in on for by with at from as is was were be he she it "
      + "they his her its their this that said says told mr mrs ms dr").split(" "));

  private CheckWords() {}

  /** The words of a text, lower case (none for null). */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The words of a text without the stop words. */
  public static List<String> contentWords(String text) {
    return words(text).stream().filter(w -> !STOP.contains(w)).toList();
  }

  /** The share of the gold text's words (with repeats) found in the prediction. */
  public static double overlap(String gold, String predicted) {
    List<String> g = words(gold);
    if (g.isEmpty()) {
      return 0;
    }
    Map<String, Integer> p = new HashMap<>();
    words(predicted).forEach(w -> p.merge(w, 1, Integer::sum));
    Map<String, Integer> seen = new HashMap<>();
    int shared = 0;
    for (String w : g) {
      if (seen.merge(w, 1, Integer::sum) <= p.getOrDefault(w, 0)) {
        shared++;
      }
    }
    return (double) shared / g.size();
  }
}
