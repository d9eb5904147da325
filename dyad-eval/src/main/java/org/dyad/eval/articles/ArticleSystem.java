package org.dyad.eval.articles;

/** A system under evaluation: reads a page and returns its article body as plain text. */
@FunctionalInterface
public interface ArticleSystem {
  /**
   * @param html the page
   * @param url the page's URL
   * @return the body text, paragraphs separated by blank lines
   * @throws Exception if the system fails on the page; the evaluation then scores an empty body
   */
  String extractBody(String html, String url) throws Exception;
}
