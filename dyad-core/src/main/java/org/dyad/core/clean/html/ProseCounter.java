package org.dyad.core.clean.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Counts, for every element, the characters of prose below it: blocks of at least
 * {@value #MIN_CHARS} characters with few links.
 */
final class ProseCounter {
  static final int MIN_CHARS = 80;
  private static final double MAX_LINK_DENSITY = 0.3;
  private final Map<Element, int[]> chars;

  private ProseCounter(Map<Element, int[]> chars) {
    this.chars = chars;
  }

  static ProseCounter count(Element root) {
    Map<Element, int[]> own = new IdentityHashMap<>();
    for (TextBlock block : new TextBlockReader().read(root)) {
      int n = block.chars();
      if (n >= MIN_CHARS && block.linkDensity() <= MAX_LINK_DENSITY) {
        own.computeIfAbsent(block.owner(), k -> new int[1])[0] += n;
      }
    }
    return new ProseCounter(SubtreeTotals.of(root, own, 1));
  }

  int chars(Element e) {
    int[] n = chars.get(e);
    return n == null ? 0 : n[0];
  }
}
