package org.dyad.core.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Widens the chosen container to its siblings that also hold article text, for pages that split
 * the body into several parts (around ads or pull quotes). A sibling joins when it scores at least
 * a fifth of the container (more easily when it shares the container's class), or when it is a
 * plain prose paragraph.
 */
final class SiblingMerger {
  private static final double MIN_SCORE = 10;
  private static final double SHARE = 0.2;
  private static final int PROSE_CHARS = 80;

  /** The parts that make up the article, in document order. */
  List<Element> merge(Element best, Map<Element, Double> scores, Map<Element, int[]> text) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double bestScore = scores.getOrDefault(best, 0.0);
    double threshold = Math.max(MIN_SCORE, bestScore * SHARE);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        parts.add(sibling);
        continue;
      }
      double score = scores.getOrDefault(sibling, 0.0);
      if (!best.className().isEmpty() && best.className().equals(sibling.className())) {
        score += bestScore * SHARE;
      }
      if (score >= threshold || isProse(sibling, text)) {
        parts.add(sibling);
      }
    }
    addTwins(best, scores, parts);
    return parts.size() == 1 ? parts : inDocumentOrder(best, parts);
  }

  /**
   * Adds elements elsewhere on the page with the same tag and class as the container: articles
   * split into sections often repeat the body's class on each section.
   */
  private static void addTwins(Element best, Map<Element, Double> scores, List<Element> parts) {
    if (best.className().isBlank()) {
      return;
    }
    for (Element e : scores.keySet()) {
      if (e != best && e.normalName().equals(best.normalName()) && e.className().equals(best.className())
          && scores.get(e) > 0 && parts.stream().noneMatch(p -> p == e || isAncestor(p, e) || isAncestor(e, p))) {
        parts.add(e);
      }
    }
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static List<Element> inDocumentOrder(Element best, List<Element> parts) {
    Set<Element> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
    wanted.addAll(parts);
    List<Element> ordered = new ArrayList<>();
    Element root = best.root();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e && wanted.contains(e)) {
        ordered.add(e);
      }
    }, root);
    return ordered;
  }

  private static boolean isProse(Element e, Map<Element, int[]> text) {
    if (!e.normalName().equals("p")) {
      return false;
    }
    int[] t = text.get(e);
    if (t == null || t[0] == 0) {
      return false;
    }
    double linkDensity = (double) t[1] / t[0];
    String s = e.text();
    return t[0] >= PROSE_CHARS && linkDensity < 0.25
        || linkDensity == 0 && (s.endsWith(".") || s.endsWith("!") || s.endsWith("?") || s.endsWith("\u201d"));
  }
}
