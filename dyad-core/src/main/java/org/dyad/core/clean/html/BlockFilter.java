package org.dyad.core.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Keeps the blocks of the article parts that read as body text. Drops link lists, top-level
 * headlines, stock furniture lines ("Advertisement"), date lines, and the short lines and headings
 * that trail after the last paragraph of prose.
 */
final class BlockFilter {
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final double MAX_QUOTE_LINK_DENSITY = 0.8;
  private static final int PROSE_CHARS = 80;
  private static final int SHORT_CHARS = 40;
  private static final Set<String> FURNITURE_LINES = Set.of("advertisement", "advert", "ad", "ads", "sponsored",
      "continue reading", "continue reading the main story", "read more", "comments", "comment", "share",
      "share this", "share this article", "related", "related articles", "related stories", "tweet", "print",
      "email", "story continues below", "story continues below advertisement", "skip advert", "loading");
  private static final Pattern DATE_LINE = Pattern.compile("(?i)^[\\p{L}\\s,.:|\\-/]*\\d{1,4}[\\d\\s,.:/\\-]*"
      + "(?:[\\p{L}.]+[\\s,.:/\\-]*\\d{0,4}[\\s,.:/\\-]*)?(?:\\d{1,2}:\\d{2}\\s*(?:am|pm)?)?[\\p{L}\\s().]*$");

  List<TextBlock> keep(List<TextBlock> blocks) {
    List<TextBlock> kept = new ArrayList<>();
    for (TextBlock block : blocks) {
      if (isBodyText(block)) {
        kept.add(block);
      }
    }
    int lastProse = -1;
    for (int i = 0; i < kept.size(); i++) {
      if (kept.get(i).chars() >= PROSE_CHARS) {
        lastProse = i;
      }
    }
    List<TextBlock> trimmed = new ArrayList<>(kept.subList(0, lastProse + 1));
    for (TextBlock block : kept.subList(lastProse + 1, kept.size())) {
      if (!block.isHeading() && (block.chars() >= SHORT_CHARS || endsSentence(block.text()))) {
        trimmed.add(block);
      }
    }
    return trimmed;
  }

  private static boolean isBodyText(TextBlock block) {
    double maxLinks = inQuote(block.owner()) ? MAX_QUOTE_LINK_DENSITY : MAX_LINK_DENSITY;
    if (block.linkDensity() > maxLinks || block.tag().equals("h1")) {
      return false;
    }
    String normal = block.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").trim();
    if (FURNITURE_LINES.contains(normal)) {
      return false;
    }
    return block.chars() > SHORT_CHARS || !isDateLine(block.text());
  }

  static boolean isDateLine(String text) {
    int words = text.split("\\s+").length;
    return words <= 8 && text.matches(".*\\d{4}.*|.*\\d{1,2}:\\d{2}.*") && DATE_LINE.matcher(text).matches()
        && !endsSentence(text);
  }

  private static boolean endsSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return ".!?:\u3002\u201d\"\u2026)".indexOf(last) >= 0;
  }

  private static boolean inQuote(Element e) {
    int levels = 0;
    for (Element p = e; p != null && levels < 6; p = p.parent(), levels++) {
      if (p.normalName().equals("blockquote")) {
        return true;
      }
    }
    return false;
  }
}
