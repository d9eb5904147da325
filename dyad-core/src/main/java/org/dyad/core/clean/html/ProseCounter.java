package org.dyad.core.clean.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Counts, for every element, the characters of prose below it: blocks of at least
 * {@value #MIN_CHARS} characters with few links. Walks up from each block, so the cost is the sum of
 * the blocks' depths.
 */
final class ProseCounter {
  static final int MIN_CHARS = 80;
  private static final double MAX_LINK_DENSITY = 0.3;
  private final Map<Element, Integer> chars = new IdentityHashMap<>();

  private ProseCounter() {}

  static ProseCounter count(Element root) {
    ProseCounter counter = new ProseCounter();
    List<TextBlock> blocks = new TextBlockReader().read(root);
    for (TextBlock block : blocks) {
      int n = block.chars();
      if (n >= MIN_CHARS && block.linkDensity() <= MAX_LINK_DENSITY) {
        for (Element e = block.owner(); e != null; e = e.parent()) {
          counter.chars.merge(e, n, Integer::sum);
          if (e == root) {
            break;
          }
        }
      }
    }
    return counter;
  }

  int chars(Element e) {
    return chars.getOrDefault(e, 0);
  }
}
