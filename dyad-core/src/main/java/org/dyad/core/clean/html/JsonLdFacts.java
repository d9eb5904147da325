package org.dyad.core.clean.html;

import java.util.List;

/**
 * What a page's JSON-LD says about its article; fields are null when absent.
 *
 * @param headline the article's headline
 * @param publisher the publisher's name
 * @param datePublished the raw publish date
 * @param authors author names as written
 */
record JsonLdFacts(String headline, String publisher, String datePublished, List<String> authors) {
  static final JsonLdFacts NONE = new JsonLdFacts(null, null, null, List.of());

  JsonLdFacts {
    authors = List.copyOf(authors);
  }
}
