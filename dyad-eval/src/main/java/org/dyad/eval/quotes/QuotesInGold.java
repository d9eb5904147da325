package org.dyad.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dyad.eval.run.TextAlignment;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;

/**
 * Dyad's quotes of an article analysed by the whole pipeline, moved from the cleaned text into the
 * gold text's offsets ({@link TextAlignment}). A quote that cannot be placed is left out (a miss); a
 * speaker mention that cannot be placed is left out (the quote counts as one without a speaker).
 */
public final class QuotesInGold {
  private QuotesInGold() {}

  /** The quotes of {@code analysis} in the offsets of {@code goldText}; none when there is no analysis. */
  public static List<Quote> of(String goldText, AnalyzedArticle analysis) {
    if (analysis == null || analysis.quotes().isEmpty()) {
      return List.of();
    }
    TextAlignment align = TextAlignment.of(goldText, analysis.text());
    List<Quote> out = new ArrayList<>();
    for (Quote q : analysis.quotes()) {
      int[] span = align.span(q.start(), q.end());
      if (span != null) {
        out.add(new Quote(span[0], span[1], q.text(), q.direct(), q.cue(), speaker(align, q.speaker()), q.date(),
            q.dateSource(), q.tone()));
      }
    }
    return out;
  }

  private static Speaker speaker(TextAlignment align, Speaker s) {
    if (s == null) {
      return null;
    }
    int[] span = align.span(s.start(), s.end());
    return span == null ? null : new Speaker(s.name(), span[0], span[1], s.actor(), s.title());
  }
}
