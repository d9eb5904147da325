package org.dyad.model;

/**
 * The tone of one sentence of the cleaned text.
 *
 * @param tone the VADER compound score, -1 (most negative) to +1 (most positive)
 */
public record SentenceTone(int start, int end, double tone) {
  public SentenceTone {
    Spans.check(start, end);
    Spans.checkTone(tone);
  }
}
