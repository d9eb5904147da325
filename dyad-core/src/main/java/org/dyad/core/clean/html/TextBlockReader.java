package org.dyad.core.clean.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits an element's text into blocks at block-level tags, in reading order. Iterative, so deep
 * trees do not overflow the stack. Two line breaks in a row also end a block.
 */
final class TextBlockReader {
  static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "body", "h1", "h2", "h3",
      "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot",
      "tr", "td", "th", "caption", "figure", "figcaption", "header", "footer", "nav", "aside", "form", "address",
      "hr", "center", "details", "summary", "fieldset", "legend", "hgroup", "menu", "dialog", "html");

  /** Blocks of {@code root} in document order. */
  List<TextBlock> read(Element root) {
    Visitor visitor = new Visitor(root);
    NodeTraversor.traverse(visitor, root);
    visitor.flush();
    return visitor.blocks;
  }

  private static final class Visitor implements NodeVisitor {
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private boolean pendingBreak;

    Visitor(Element root) {
      owners.push(root);
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendText(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth++;
        } else if (tag.equals("br")) {
          if (pendingBreak) {
            flush();
          }
          pendingBreak = true;
          text.append(' ');
        } else if (BLOCKS.contains(tag) && depth > 0) {
          flush();
          owners.push(e);
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth--;
        } else if (BLOCKS.contains(tag) && depth > 0) {
          flush();
          owners.pop();
        }
      }
    }

    private void appendText(String raw) {
      int before = text.length();
      boolean space = text.length() > 0 && text.charAt(text.length() - 1) == ' ';
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          if (!space) {
            text.append(' ');
            space = true;
          }
        } else {
          text.append(c);
          space = false;
          if (linkDepth > 0) {
            linkChars++;
          }
        }
      }
      if (text.length() > before && !text.substring(before).isBlank()) {
        pendingBreak = false;
      }
    }

    void flush() {
      String s = text.toString().trim();
      if (!s.isEmpty()) {
        blocks.add(new TextBlock(owners.peek(), s, linkChars));
      }
      text.setLength(0);
      linkChars = 0;
      pendingBreak = false;
    }
  }
}
