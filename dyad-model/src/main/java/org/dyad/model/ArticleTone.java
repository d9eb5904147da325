package org.dyad.model;

import static java.util.Objects.requireNonNull;

/**
 * The tone of a whole article, two ways.
 *
 * @param compound the mean VADER compound score of the article's sentences, -1 (most negative) to
 *     +1 (most positive); null when the article has no sentences
 * @param gdelt GDELT's document tone over the article's words
 */
public record ArticleTone(Double compound, GdeltTone gdelt) {
  public ArticleTone {
    if (compound != null) {
      Spans.checkTone(compound);
    }
    requireNonNull(gdelt, "gdelt is null");
  }
}
