package org.dyad.core.clean;

import java.util.regex.Pattern;

/** White-space normalisation applied before any string matching (scraped text has U+00A0 and friends). */
public final class Whitespace {
  private static final Pattern SPACES = Pattern.compile("[\\h\\x0B\\f]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");

  private Whitespace() {}

  /** One paragraph: all horizontal spaces become one ASCII space, invisible characters go, ends trimmed. */
  public static String line(String s) {
    String t = INVISIBLE.matcher(s).replaceAll("");
    t = CONTROL.matcher(t).replaceAll(" ");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  /** Line breaks to {@code \n}. */
  public static String newlines(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
  }

  /**
   * The first value that is not null or blank after {@link #line} (so a no-break space alone counts as
   * blank), returned as {@link #line} gives it; null when there is none.
   */
  public static String firstNonBlank(String... values) {
    for (String v : values) {
      String t = v == null ? "" : line(v);
      if (!t.isEmpty()) {
        return t;
      }
    }
    return null;
  }
}
