package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A stored judgement: the review, its id, when it was given and the evidence text the analyst judged.
 *
 * @param id increases with every judgement stored; the latest of an event counts
 */
public record ReviewRow(long id, Review review, Instant at, String evidence) {
  public ReviewRow {
    requireNonNull(review, "review is null");
    requireNonNull(at, "at is null");
    requireNonNull(evidence, "evidence is null");
  }
}
