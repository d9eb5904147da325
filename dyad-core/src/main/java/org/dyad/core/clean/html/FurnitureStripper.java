package org.dyad.core.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never article text: scripts and styles, navigation, forms, asides, footers,
 * hidden parts, captions, comments, and parts whose class or id names furniture. A part that holds
 * most of the page's prose is kept whatever its name says.
 */
final class FurnitureStripper {
  private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
      "svg", "canvas", "object", "embed", "button", "input", "select", "textarea", "option", "nav", "aside",
      "footer", "figcaption", "menu", "dialog", "link", "meta", "video", "audio", "source", "img", "picture",
      "head", "title", "label");
  private static final Set<String> NEVER_DROP = Set.of("html", "body");

  /** Removes furniture from the document in place. */
  void strip(Document doc) {
    ProseCounter prose = ProseCounter.count(doc.body());
    int total = prose.chars(doc.body());
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Comment) {
          doomed.add(node);
        } else if (node instanceof Element e && isFurniture(e) && prose.chars(e) * 2 < total) {
          doomed.add(e);
        }
      }
    }, doc.body());
    for (Node node : doomed) {
      if (node.parent() != null) {
        node.remove();
      }
    }
  }

  static boolean isFurniture(Element e) {
    String tag = e.normalName();
    if (NEVER_DROP.contains(tag) || ClassHints.isArticleBody(e)) {
      return false;
    }
    if (DROP_TAGS.contains(tag) || isHidden(e)) {
      return true;
    }
    if (tag.equals("header")) {
      return true;
    }
    return !tag.equals("article") && !tag.equals("main") && ClassHints.isFurniture(e);
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }
}
