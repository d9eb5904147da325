package org.dyad.core.quotes;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How a statement gives its speaker's words: all in quotation marks ({@code direct}), reported with
 * some of them quoted ({@code partial}: "said he would become “the caretaker president”"), or reported
 * only ({@code indirect}).
 */
public enum QuoteKind {
  DIRECT, PARTIAL, INDIRECT;

  /** The kind of a quote from its {@code direct} flag and its text, the same for a stored quote as for one in an article. */
  public static QuoteKind of(boolean direct, String text) {
    requireNonNull(text, "text is null");
    if (direct) {
      return DIRECT;
    }
    return QuoteMarks.find(text).isEmpty() ? INDIRECT : PARTIAL;
  }

  /** The kind as listings write it: {@code direct}, {@code partial} or {@code indirect}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
