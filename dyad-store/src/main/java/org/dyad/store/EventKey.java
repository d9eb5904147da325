package org.dyad.store;

import static java.util.Objects.requireNonNull;

/**
 * An event as coded, the way a review names it: the article (store key), the evidence span, the code and the
 * two actor codes. Not the store's event id, which a re-ingest into another store or a re-analysis changes: the
 * same article coded the same way again gets the same key, so its review applies again.
 *
 * @param sourceActor the source's actor code as coded, or null when the source had none
 * @param targetActor the target's actor code as coded, or null (no target, or none coded)
 */
public record EventKey(String article, int start, int end, String code, String sourceActor, String targetActor) {
  public EventKey {
    requireNonNull(article, "article is null");
    requireNonNull(code, "code is null");
    if (article.isBlank()) {
      throw new IllegalArgumentException("article key is blank");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
    }
  }

  /** The key of a stored event. */
  public static EventKey of(EventRow e) {
    return new EventKey(e.article(), e.start(), e.end(), e.code(), e.source().actor(), e.target() == null ? null : e.target().actor());
  }
}
