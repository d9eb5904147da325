package org.dyad.core.clean.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drops a site suffix such as " | Site" or " - Site" from a page title. */
final class TitleCleaner {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\\-\u00bb\u00b7]\\s+|\\s*::\\s*");
  private static final int MAX_SUFFIX_WORDS = 4;

  /**
   * @param title a title as the page gives it
   * @param source the site's name, or null
   * @param shortSuffixToo also drop a last part that is not the source's name but is short (up to
   *     four words, shorter than what comes before)
   */
  String clean(String title, String source, boolean shortSuffixToo) {
    String t = title.trim().replaceAll("\\s+", " ");
    Matcher m = SEPARATOR.matcher(t);
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
    boolean isShort = suffix.split(" ").length <= MAX_SUFFIX_WORDS && lastStart > suffix.length();
    return isSource || shortSuffixToo && isShort ? t.substring(0, lastStart).trim() : t;
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
