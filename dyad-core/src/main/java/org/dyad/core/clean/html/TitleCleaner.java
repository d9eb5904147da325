package org.dyad.core.clean.html;

import java.util.Locale;
import java.util.regex.Pattern;

/** Drops a site suffix such as " | Site" or " - Site" from a page title. */
final class TitleCleaner {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\\-:\u00bb\u00b7]\\s+|\\s*::\\s*");
  private static final int MAX_SUFFIX_WORDS = 4;

  String clean(String title, String source) {
    String t = title.trim().replaceAll("\\s+", " ");
    var m = SEPARATOR.matcher(t);
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart <= 0) {
      return t;
    }
    String suffix = t.substring(lastEnd);
    boolean isSource = source != null && normal(suffix).equals(normal(source));
    boolean short_ = suffix.split(" ").length <= MAX_SUFFIX_WORDS && lastStart > suffix.length();
    return isSource || short_ ? t.substring(0, lastStart).trim() : t;
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
