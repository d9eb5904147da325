package org.dyad.core.clean;

import java.util.List;

/**
 * Reads a plain-text page as scraped: the headline is the longest of the short lines before the
 * first body paragraph; furniture and repeated blocks are left for {@link Furniture}.
 */
public final class PlainTextExtractor {
  private PlainTextExtractor() {}

  public static Page extract(String text) {
    List<String> paragraphs = Paragraphs.split(text);
    List<String> head = Furniture.head(paragraphs);
    return new Page(headline(head), null, TimestampLines.find(head), null, paragraphs, List.of());
  }

  private static String headline(List<String> head) {
    String best = null;
    for (String line : head) {
      int w = Furniture.words(line);
      if (w >= 3 && TimestampLines.parse(line) == null && (best == null || w >= Furniture.words(best)) && !line.contains("©")) {
        best = line;
      }
    }
    return best;
  }
}
