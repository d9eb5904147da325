package org.dyad.core.tone;

import static java.util.Objects.requireNonNull;

import com.vader.sentiment.util.Utils;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dyad.model.GdeltTone;

/**
 * GDELT's document tone: the words of a text split at white space, stripped of the punctuation at
 * their ends and lower-cased (as GDELT describes its own bag-of-words scoring), a word being a piece
 * with at least one letter; a word is positive or negative by the sign of its valence in a lexicon.
 * Dyad's standard lexicon is VADER's (7,500 entries), since GDELT's own dictionaries are not public.
 */
public final class GdeltToneCounter {
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private final Map<String, Float> valences;

  /** @param valences lower-case word to valence; a positive value marks a positive word, a negative one a negative word */
  public GdeltToneCounter(Map<String, Float> valences) {
    this.valences = Map.copyOf(requireNonNull(valences, "valences is null"));
  }

  /** The counter over VADER's lexicon. */
  public static GdeltToneCounter vader() {
    return Holder.VADER;
  }

  /** The tone of a text (all zero for a text without words). */
  public GdeltTone count(String text) {
    int words = 0;
    int positives = 0;
    int negatives = 0;
    for (String piece : SPACE.split(text)) {
      String word = EDGES.matcher(piece).replaceAll("").toLowerCase(Locale.ROOT);
      if (!LETTER.matcher(word).find()) {
        continue;
      }
      words++;
      Float v = valences.get(word);
      if (v != null && v > 0) {
        positives++;
      } else if (v != null && v < 0) {
        negatives++;
      }
    }
    return GdeltTone.of(positives, negatives, words);
  }

  /** VADER's lexicon is read once, on first use. */
  private static final class Holder {
    static final GdeltToneCounter VADER = new GdeltToneCounter(Utils.getWordValenceDictionary());
  }
}
