package org.dyad.core.quotes;

import org.dyad.model.nlp.Annotation;

/**
 * Whether words in quotation marks are someone's speech or the marks do another job: a short
 * quotation without a verb that does not end as an utterance does ("a “historic” deal", a title) is a
 * label, not a statement.
 */
final class Quotations {
  private static final int MIN_UNCUED_WORDS = 4;
  /** Fewer words than this in quotation marks are a label even with a verb ("“colluding”"). */
  private static final int MIN_VERB_WORDS = 3;

  private Quotations() {}

  /** True when the quotation may be someone's words. */
  static boolean isSpeech(Annotation a, String text, QuoteMarks.Span m) {
    return !isLabel(a, text, m);
  }

  /** A short quotation without a verb ("a “historic” deal", a title) that does not end as an utterance is a label. */
  private static boolean isLabel(Annotation a, String text, QuoteMarks.Span m) {
    int words = words(text, m);
    if (endsLikeUtterance(text, m)) {
      return false;
    }
    if (words >= MIN_UNCUED_WORDS || words < MIN_VERB_WORDS) {
      return words < MIN_VERB_WORDS;
    }
    return !DirectQuotes.hasVerb(a, m);
  }

  /** "“You winning?” she asked": a quotation that ends as an utterance does (. ? ! or a comma before its mark). */
  static boolean endsLikeUtterance(String text, QuoteMarks.Span m) {
    return ".?!,".indexOf(text.charAt(m.end() - 1)) >= 0;
  }

  static int words(String text, QuoteMarks.Span m) {
    String t = text.substring(m.start(), m.end()).strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
