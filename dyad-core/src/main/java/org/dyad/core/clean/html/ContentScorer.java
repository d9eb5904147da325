package org.dyad.core.clean.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the article text. Each prose block gives points (one, plus its
 * commas up to three, plus one per hundred characters up to three, scaled down by its links) to its
 * container and a few ancestors, with less further up. A candidate's score is then moved by its
 * tag and its class and id hints, and lowered a little by its own link density.
 */
final class ContentScorer {
  private static final int MIN_BLOCK_CHARS = 25;
  private static final int LEVELS = 5;
  private static final int MAX_COMMAS = 3;
  private static final double CONTAINER_LINK_WEIGHT = 0.25;

  /** The parts holding the article text in document order; empty when nothing looks like prose. */
  List<Element> articleParts(Element root, List<TextBlock> blocks) {
    Map<Element, int[]> text = textTotals(root, blocks);
    Map<Element, Double> scores = scores(blocks, text);
    Element best = best(scores);
    return best == null ? List.of() : new SiblingMerger().merge(best, scores, text);
  }

  private static Element best(Map<Element, Double> scores) {
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      if (entry.getValue() > bestScore) {
        best = entry.getKey();
        bestScore = entry.getValue();
      }
    }
    return best;
  }

  /** Final scores of every candidate container. */
  Map<Element, Double> scores(List<TextBlock> blocks, Map<Element, int[]> text) {
    Map<Element, Double> raw = new IdentityHashMap<>();
    for (TextBlock block : blocks) {
      if (block.chars() < MIN_BLOCK_CHARS || block.linkDensity() > 0.5 || block.isHeading()) {
        continue;
      }
      double points = 1 + Math.min(block.commas(), MAX_COMMAS) + Math.min(block.chars() / 100.0, 3);
      points *= 1 - block.linkDensity();
      Element e = paragraphTag(block.owner()) ? block.owner().parent() : block.owner();
      for (int level = 0; level < LEVELS && e != null; level++, e = e.parent()) {
        double divisor = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        raw.merge(e, points / divisor, Double::sum);
      }
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Map.Entry<Element, Double> entry : raw.entrySet()) {
      Element e = entry.getKey();
      int[] t = text.get(e);
      double linkDensity = t == null || t[0] == 0 ? 0 : (double) t[1] / t[0];
      double score = entry.getValue() + tagWeight(e) + ClassHints.weight(e);
      score *= 1 - CONTAINER_LINK_WEIGHT * linkDensity;
      if (ClassHints.isArticleBody(e)) {
        score *= 1.5;
      }
      scores.put(e, score);
    }
    return scores;
  }

  /** Non-space and link characters below every element. */
  private static Map<Element, int[]> textTotals(Element root, List<TextBlock> blocks) {
    Map<Element, int[]> own = new IdentityHashMap<>();
    for (TextBlock block : blocks) {
      int[] t = own.computeIfAbsent(block.owner(), k -> new int[2]);
      t[0] += block.chars();
      t[1] += block.linkChars();
    }
    return SubtreeTotals.of(root, own, 2);
  }

  static boolean paragraphTag(Element e) {
    return switch (e.normalName()) {
      case "p", "pre", "blockquote", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th" -> true;
      default -> false;
    };
  }

  private static double tagWeight(Element e) {
    return switch (e.normalName()) {
      case "article" -> 10;
      case "div", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "form", "ol", "ul", "li", "dl", "address" -> -3;
      case "th", "h1", "h2", "h3", "h4", "h5", "h6" -> -5;
      default -> 0;
    };
  }
}
