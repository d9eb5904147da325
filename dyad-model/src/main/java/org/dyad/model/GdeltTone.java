package org.dyad.model;

/**
 * GDELT's document tone (the GKG's V1.5TONE and the event table's AvgTone): counts of words with a
 * positive and with a negative entry in a tone dictionary, per hundred words.
 *
 * @param tone positive minus negative, -100 to +100
 * @param positive the percentage of words with a positive entry, 0 to 100
 * @param negative the percentage of words with a negative entry, 0 to 100
 * @param polarity the percentage of words with any entry (positive plus negative), 0 to 100
 * @param words the number of words counted
 */
public record GdeltTone(double tone, double positive, double negative, double polarity, int words) {
  public GdeltTone {
    if (words < 0) {
      throw new IllegalArgumentException("negative word count: " + words);
    }
    percent("positive", positive);
    percent("negative", negative);
    percent("polarity", polarity);
    if (!(tone >= -100 && tone <= 100)) {
      throw new IllegalArgumentException("tone out of -100..100: " + tone);
    }
  }

  /** The tone of {@code words} words of which {@code positives} are positive and {@code negatives} negative. */
  public static GdeltTone of(int positives, int negatives, int words) {
    if (positives < 0 || negatives < 0 || positives + negatives > words) {
      throw new IllegalArgumentException("counts do not fit " + words + " words: " + positives + ", " + negatives);
    }
    if (words == 0) {
      return new GdeltTone(0, 0, 0, 0, 0);
    }
    double pos = 100.0 * positives / words;
    double neg = 100.0 * negatives / words;
    return new GdeltTone(pos - neg, pos, neg, 100.0 * (positives + negatives) / words, words);
  }

  private static void percent(String name, double v) {
    if (!(v >= 0 && v <= 100)) {
      throw new IllegalArgumentException(name + " out of 0..100: " + v);
    }
  }
}
