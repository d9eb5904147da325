package org.dyad.core.tone;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The VADER compound score of a text, from the VADER port on Maven Central
 * ({@code com.github.apanimesh061:vader-sentiment-analyzer}). The port's time grows with the square
 * of the text's length, so a text longer than {@link #PIECE} characters is scored as the mean of
 * pieces of at most that length, cut at spaces, each weighted by its length: a run-on "sentence" or
 * a long quote stays cheap.
 * Thread-safe: every call makes its own analyser over VADER's shared, read-only lexicon.
 */
public final class Vader {
  /** The longest text scored in one piece. */
  static final int PIECE = 400;

  private Vader() {
  }

  /**
   * The compound score, -1 (most negative) to +1 (most positive), to four decimals as VADER gives it;
   * 0 for a text without sentiment words.
   */
  public static double compound(String text) {
    if (text.length() <= PIECE) {
      return piece(text);
    }
    double sum = 0;
    for (int from = 0; from < text.length(); ) {
      int to = cut(text, from);
      sum += piece(text.substring(from, to)) * (to - from);
      from = to;
    }
    return fourDecimals(sum / text.length());
  }

  /** VADER's own precision (its float scores, read as doubles, carry noise past it). */
  static double fourDecimals(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  /** The end of the piece starting at {@code from}: after the last space within {@link #PIECE} characters, else there. */
  private static int cut(String text, int from) {
    int limit = from + PIECE;
    if (limit >= text.length()) {
      return text.length();
    }
    int space = text.lastIndexOf(' ', limit);
    return space > from ? space + 1 : limit;
  }

  private static double piece(String text) {
    try {
      SentimentAnalyzer analyzer = new SentimentAnalyzer(text);
      analyzer.analyze();
      Map<String, Float> polarity = analyzer.getPolarity();
      double c = polarity.getOrDefault("compound", 0f);
      return Double.isFinite(c) ? fourDecimals(Math.max(-1, Math.min(1, c))) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException("VADER could not tokenise the text", e);
    }
  }
}
