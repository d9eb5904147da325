package org.dyad.store;

import java.util.List;

/**
 * The share of reviewed quotes judged right, from the latest judgement of each quote still coded: overall and by
 * the speaker's actor code as coded ({@code (no actor code)} when none), most judged not right first.
 *
 * @param overall null when no quote is judged
 * @param orphans judgements whose quote is no longer coded so (not counted above)
 */
public record QuoteReviewStats(Precision overall, List<Precision> bySpeaker, long orphans) {
  public QuoteReviewStats {
    bySpeaker = List.copyOf(bySpeaker);
  }
}
