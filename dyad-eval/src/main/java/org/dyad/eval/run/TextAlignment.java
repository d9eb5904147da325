package org.dyad.eval.run;

import java.util.Arrays;

/**
 * Where each character of a cleaned text lies in the gold text it was cleaned from, so that spans
 * Dyad gives in its cleaned text can be scored against gold offsets. The cleaner keeps the visible
 * characters of the paragraphs it keeps, in order, and changes only what lies between them
 * (whitespace, invisible and control characters, dropped paragraphs such as a repeated title). So
 * each cleaned paragraph's visible characters are looked up in the gold text's visible characters
 * after the previous paragraph; a paragraph that cannot be found maps nowhere.
 */
public final class TextAlignment {
  private final int[] toGold;

  private TextAlignment(int[] toGold) {
    this.toGold = toGold;
  }

  /** The alignment of {@code cleaned} (paragraphs separated by blank lines) into {@code gold}. */
  public static TextAlignment of(String gold, String cleaned) {
    Visible g = Visible.of(gold);
    int[] map = new int[cleaned.length()];
    Arrays.fill(map, -1);
    int from = 0;
    int start = 0;
    for (String paragraph : cleaned.split("\n\n", -1)) {
      Visible p = Visible.of(paragraph);
      int at = p.chars().isEmpty() ? -1 : g.chars().indexOf(p.chars(), from);
      if (at >= 0) {
        for (int i = 0; i < p.chars().length(); i++) {
          map[start + p.offsets()[i]] = g.offsets()[at + i];
        }
        from = at + p.chars().length();
      }
      start += paragraph.length() + 2;
    }
    return new TextAlignment(map);
  }

  /**
   * The gold span of the cleaned span {@code [start, end)}: from its first to its last visible
   * character that maps, or null when none maps or the two ends map out of order.
   */
  public int[] span(int start, int end) {
    int s = start;
    while (s < end && s < toGold.length && toGold[s] < 0) {
      s++;
    }
    int e = Math.min(end, toGold.length) - 1;
    while (e >= s && toGold[e] < 0) {
      e--;
    }
    if (s >= end || e < s || toGold[e] < toGold[s]) {
      return null;
    }
    return new int[] {toGold[s], toGold[e] + 1};
  }

  /** The visible characters of a text and the offset of each. */
  private record Visible(String chars, int[] offsets) {
    static Visible of(String text) {
      StringBuilder b = new StringBuilder();
      int[] at = new int[text.length()];
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !invisible(c)) {
          b.append(c);
          at[n++] = i;
        }
      }
      return new Visible(b.toString(), Arrays.copyOf(at, n));
    }

    private static boolean invisible(char c) {
      return Character.isISOControl(c) || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
          || c == '\u00AD';
    }
  }
}
