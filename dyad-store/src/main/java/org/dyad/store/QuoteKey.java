package org.dyad.store;

import static java.util.Objects.requireNonNull;

/**
 * A quote as coded, the way a review names it: the article (store key), the quote's span and its speaker's name and
 * actor code as coded. The same article analysed the same way again gets the same key, so its review applies again;
 * a quote given another speaker does not inherit the verdict.
 *
 * @param speaker the speaker's name as coded, or null when none was found
 * @param speakerActor the speaker's actor code as coded, or null
 */
public record QuoteKey(String article, int start, int end, String speaker, String speakerActor) {
  public QuoteKey {
    requireNonNull(article, "article is null");
    if (article.isBlank()) {
      throw new IllegalArgumentException("article key is blank");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
    }
  }

  /** The key of a stored quote. */
  public static QuoteKey of(QuoteRow q) {
    return new QuoteKey(q.articleKey(), q.start(), q.end(), q.speaker(), q.speakerActor());
  }
}
