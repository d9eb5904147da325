package org.dyad.core.quotes;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How a statement gives its speaker's words: all in quotation marks ({@code direct}), reported with
 * some of them quoted ({@code partial}: "said he would become “the caretaker president”"), or reported
 * only ({@code indirect}). A quote's {@code direct} flag is also set for a partial statement that opens
 * or closes with its quotation (see {@link QuoteMarks#atEdge}); its text then keeps its marks, which a
 * quotation's text never does, so the two stay apart.
 */
public enum QuoteKind {
  DIRECT, PARTIAL, INDIRECT;

  private static final String DOUBLE = "\"\u201C\u201D\u00AB\u00BB";

  /** The kind of a quote from its {@code direct} flag and its text, the same for a stored quote as for one in an article. */
  public static QuoteKind of(boolean direct, String text) {
    requireNonNull(text, "text is null");
    if (direct) {
      return QuoteMarks.atEdge(text, 0, text.length()) && hasDoubleMarkAtEdge(text) ? PARTIAL : DIRECT;
    }
    return QuoteMarks.find(text).isEmpty() ? INDIRECT : PARTIAL;
  }

  /** A quotation's own text never starts or ends with a double mark (a nested quotation takes single ones). */
  private static boolean hasDoubleMarkAtEdge(String text) {
    String t = text.strip();
    return !t.isEmpty() && (DOUBLE.indexOf(t.charAt(0)) >= 0 || DOUBLE.indexOf(t.charAt(t.length() - 1)) >= 0 || t.startsWith("''")
        || t.endsWith("''"));
  }

  /** The kind as listings write it: {@code direct}, {@code partial} or {@code indirect}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
