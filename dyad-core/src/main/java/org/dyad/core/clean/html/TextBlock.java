package org.dyad.core.clean.html;

import static java.util.Objects.requireNonNull;

import org.jsoup.nodes.Element;

/**
 * A run of inline text between block boundaries, such as one paragraph, heading or list item.
 *
 * @param owner the innermost block element holding the text
 * @param text the text, whitespace collapsed and trimmed, never empty
 * @param linkChars how many of the text's non-space characters sit inside links
 */
record TextBlock(Element owner, String text, int linkChars) {
  TextBlock {
    requireNonNull(owner, "owner is null");
    requireNonNull(text, "text is null");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty text");
    }
  }

  /** Non-space characters in the text. */
  int chars() {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += text.charAt(i) == ' ' ? 0 : 1;
    }
    return n;
  }

  /** Share of the text inside links, 0 to 1. */
  double linkDensity() {
    int chars = chars();
    return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
  }

  /** Commas, a cheap sign of running prose. */
  int commas() {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C' ? 1 : 0;
    }
    return n;
  }

  String tag() {
    return owner.normalName();
  }

  boolean isHeading() {
    return TextBlockReader.HEADINGS.contains(tag());
  }
}
