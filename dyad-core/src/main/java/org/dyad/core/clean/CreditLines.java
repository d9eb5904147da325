package org.dyad.core.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a news agency credited outside a dateline: a byline or source line near the top ("By The
 * Associated Press", "Source: Xinhua", "Xinhua | Updated: 2021-08-25 07:39") or a credit at the end
 * ("— Xinhua", "(Reuters)", a last paragraph ending "... the ministry said. — AFP"). Only known
 * agencies ({@link Agencies}) count; a photo credit ("AP Photo/...") does not.
 */
final class CreditLines {
  /** Lines searched at the top of the page, and at its end. */
  static final int TOP = 6;
  static final int END = 3;
  private static final String NAME = "(?<name>\\p{L}[\\p{L} .\\-]{0,40}?)";
  private static final Pattern LINE = Pattern.compile(
      "^(?:(?:By|Source|Sources|Via|From)[: ]\\s*(?:the )?|[\u2014\u2013]\\s*|--?\\s*|\\()?" + NAME
          + "\\)?(?:\\s*\\|.*|\\.)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENDING = Pattern.compile("(?:\\s(?:\u2014|\u2013|--)\\s*" + NAME + "|\\s\\(" + NAME.replace("name", "name2") + "\\))\\.?$");

  private CreditLines() {}

  /** The canonical name of the agency a line near the top or end of the page credits, or empty. */
  static Optional<String> find(List<String> paragraphs) {
    int n = paragraphs.size();
    for (int i = 0; i < n; i++) {
      if (i >= TOP && i < n - END) {
        continue;
      }
      Optional<String> agency = credited(paragraphs.get(i), i >= n - END);
      if (agency.isPresent()) {
        return agency;
      }
    }
    return Optional.empty();
  }

  static Optional<String> credited(String paragraph, boolean atEnd) {
    String p = paragraph.strip();
    Matcher m = LINE.matcher(p);
    if (m.matches()) {
      Optional<String> a = Agencies.standard().canonical(m.group("name"));
      if (a.isPresent()) {
        return a;
      }
    }
    if (atEnd) {
      m = ENDING.matcher(p);
      if (m.find()) {
        String name = m.group("name") != null ? m.group("name") : m.group("name2");
        return Agencies.standard().canonical(name);
      }
    }
    return Optional.empty();
  }
}
