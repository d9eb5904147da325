package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A stored judgement of a quote: the review, its id, when it was given and the quote's text the analyst judged. */
public record QuoteReviewRow(long id, QuoteReview review, Instant at, String text) {
  public QuoteReviewRow {
    requireNonNull(review, "review is null");
    requireNonNull(at, "at is null");
    requireNonNull(text, "text is null");
  }
}
