package org.dyad.core.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
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
    Predicate<Element> isMinor = e -> prose.chars(e) == 0 || prose.chars(e) * 2 < total;
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        // keeps a part holding at least half the page's prose, whatever its name says
        if (node instanceof Comment) {
          doomed.add(node);
        } else if (node instanceof Element e && (alwaysFurniture(e) || mayBeFurniture(e) && isMinor.test(e))) {
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

  /** Tags that never hold body text, and hidden parts. */
  static boolean alwaysFurniture(Element e) {
    String tag = e.normalName();
    return !NEVER_DROP.contains(tag) && !ClassHints.isArticleBody(e) && (DROP_TAGS.contains(tag) || isHidden(e));
  }

  /** Page headers, and parts whose class, id or role names furniture. */
  static boolean mayBeFurniture(Element e) {
    String tag = e.normalName();
    if (NEVER_DROP.contains(tag) || tag.equals("article") || tag.equals("main") || ClassHints.isArticleBody(e)) {
      return false;
    }
    return tag.equals("header") || ClassHints.isFurniture(e) && !isEmbeddedPost(e);
  }

  /** Embedded social posts (a quote inside a "social" box) belong to the story. */
  private static boolean isEmbeddedPost(Element e) {
    return e.selectFirst("blockquote") != null;
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }
}
