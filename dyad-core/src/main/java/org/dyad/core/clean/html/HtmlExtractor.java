package org.dyad.core.clean.html;

import org.dyad.core.clean.Page;

/** Finds the main text and the metadata of an HTML page. Lenient: malformed HTML never throws. */
public interface HtmlExtractor {
  /**
   * @param html the page
   * @param url the page's URL when known (for relative links and the source host), else null
   */
  Page extract(String html, String url);
}
