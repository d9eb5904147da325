package org.dyad.core.clean.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Adds counts held by elements up the tree in one iterative pass, so every element ends up with
 * the totals of its whole subtree. Linear in the size of the tree, however deep.
 */
final class SubtreeTotals {
  private SubtreeTotals() {}

  /**
   * @param root the subtree to total
   * @param own each element's own counts (arrays of one common length), left unchanged
   * @return every element of {@code root} with a non-zero total, mapped to its totals
   */
  static Map<Element, int[]> of(Element root, Map<Element, int[]> own, int width) {
    Map<Element, int[]> totals = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return;
        }
        int[] mine = totals.get(e);
        int[] counts = own.get(e);
        if (counts != null) {
          mine = mine == null ? new int[width] : mine;
          for (int i = 0; i < width; i++) {
            mine[i] += counts[i];
          }
          totals.put(e, mine);
        }
        Element parent = e.parent();
        if (mine != null && e != root && parent != null) {
          int[] up = totals.computeIfAbsent(parent, k -> new int[width]);
          for (int i = 0; i < width; i++) {
            up[i] += mine[i];
          }
        }
      }
    }, root);
    return totals;
  }
}
