package org.dyad.store;

import static java.util.Objects.requireNonNull;

/** A stored quote with its latest judgement, or null when no one has judged it. */
public record ReviewedQuote(QuoteRow quote, QuoteReviewRow review) {
  public ReviewedQuote {
    requireNonNull(quote, "quote is null");
  }
}
