package org.dyad.eval.quotes;

import java.util.BitSet;
import java.util.List;

/**
 * The characters of a content as the scorer counts them: the union of its spans, each trimmed of
 * whitespace and quotation marks at both edges (so that a span with or without its marks counts alike).
 */
final class ContentChars {
  private ContentChars() {}

  static BitSet of(String text, List<TextSpan> spans) {
    BitSet chars = new BitSet();
    for (TextSpan s : spans) {
      int start = Math.min(s.start(), text.length());
      int end = Math.min(s.end(), text.length());
      while (start < end && ignorable(text.charAt(start))) {
        start++;
      }
      while (end > start && ignorable(text.charAt(end - 1))) {
        end--;
      }
      chars.set(start, end);
    }
    return chars;
  }

  /** True for the quotation marks the gold's direct-quote heuristic names, and guillemets. */
  static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\''
        || c == '\u00AB' || c == '\u00BB';
  }

  private static boolean ignorable(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || isQuoteMark(c);
  }

  /** |shared| / |gold|: the share of the gold characters that the prediction covers. */
  static double overlap(BitSet gold, BitSet predicted) {
    int g = gold.cardinality();
    if (g == 0) {
      return 0;
    }
    BitSet shared = (BitSet) gold.clone();
    shared.and(predicted);
    return (double) shared.cardinality() / g;
  }
}
