package org.dyad.eval.articles;

import static java.util.Objects.requireNonNull;

/**
 * One page of the benchmark with its gold body.
 *
 * @param id the benchmark's page id
 * @param url the page's URL
 * @param goldBody the hand-checked article body
 */
public record BenchmarkPage(String id, String url, String goldBody) {
  public BenchmarkPage {
    requireNonNull(id, "id is null");
    requireNonNull(url, "url is null");
    requireNonNull(goldBody, "goldBody is null");
  }
}
