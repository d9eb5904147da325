package org.dyad.store;

import static java.util.Objects.requireNonNull;

/**
 * One search result.
 *
 * @param kind {@code article} or {@code quote}
 * @param articleKey the article it is in
 * @param snippet the best matching passage, matched words in [brackets]
 */
public record SearchHit(String kind, String articleKey, String title, String snippet, float score) {
  public SearchHit {
    requireNonNull(kind, "kind is null");
    requireNonNull(articleKey, "articleKey is null");
    requireNonNull(snippet, "snippet is null");
  }
}
