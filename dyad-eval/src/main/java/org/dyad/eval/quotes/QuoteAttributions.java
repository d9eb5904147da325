package org.dyad.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;

/**
 * Dyad's quotes as attributions to score. Direct quotes that share one cue mention (a quote split by
 * its attribution, or run over paragraphs: the same cue and the same speaker offsets) make one
 * attribution with several content spans, as the gold annotates them.
 */
public final class QuoteAttributions {
  private static final int TRAILING_PUNCT = 2;

  private QuoteAttributions() {}

  public static List<Attribution> of(String text, List<Quote> quotes) {
    List<Attribution> out = new ArrayList<>();
    Quote previous = null;
    for (Quote q : quotes) {
      TextSpan span = new TextSpan(q.start(), q.end());
      if (previous != null && sameCue(previous, q)) {
        Attribution last = out.remove(out.size() - 1);
        List<TextSpan> content = new ArrayList<>(last.content());
        content.add(span);
        out.add(new Attribution(content, last.source(), last.sourceText(), last.direct() || directLike(text, q)));
      } else {
        out.add(attribution(text, q, span));
      }
      previous = q;
    }
    return out;
  }

  private static Attribution attribution(String text, Quote q, TextSpan span) {
    Speaker s = q.speaker();
    List<TextSpan> source = s == null ? List.of() : List.of(new TextSpan(s.start(), s.end()));
    return new Attribution(List.of(span), source, s == null ? "" : s.name(), directLike(text, q));
  }

  private static boolean sameCue(Quote a, Quote b) {
    return a.direct() && b.direct() && a.speaker() != null && b.speaker() != null
        && Objects.equals(a.cue(), b.cue())
        && a.speaker().start() == b.speaker().start() && a.speaker().end() == b.speaker().end();
  }

  /**
   * The gold's heuristic applied to a prediction: its content, with the marks around it, starts or ends
   * with a quotation mark (a clause ending in a partial quote counts, as in the gold).
   */
  static boolean directLike(String text, Quote q) {
    int s = q.start();
    int e = q.end();
    if (ContentChars.isQuoteMark(text.charAt(s)) || (s > 0 && ContentChars.isQuoteMark(text.charAt(s - 1)))
        || ContentChars.isQuoteMark(text.charAt(e - 1))) {
      return true;
    }
    for (int i = e; i < Math.min(text.length(), e + TRAILING_PUNCT + 1); i++) {
      char c = text.charAt(i);
      if (ContentChars.isQuoteMark(c)) {
        return true;
      }
      if (".,!?;:".indexOf(c) < 0) {
        return false;
      }
    }
    return false;
  }
}
