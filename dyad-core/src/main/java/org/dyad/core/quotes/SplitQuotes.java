package org.dyad.core.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Quote;

/**
 * Joins the parts of a quote that its attribution splits: "“We are ready,” she said. “The rest can
 * wait.”" is one statement with one cue and one speaker, as news attribution corpora (PARC, PolNeAR)
 * annotate it. Parts are joined when they lie in one paragraph and the later one shares the earlier
 * one's cue or, having none, continues it; a part with a cue of its own ("..., she added") starts a new
 * quote. The joined quote runs from the first part's start to the last part's end, and its text is the
 * parts' words joined by a space, without the attribution between them.
 */
final class SplitQuotes {
  private SplitQuotes() {}

  static List<Quote> join(String text, List<DirectQuotes.Found> found) {
    List<Quote> out = new ArrayList<>();
    DirectQuotes.Found last = null;
    for (DirectQuotes.Found f : found) {
      if (last != null && joins(text, last, f)) {
        Quote p = out.remove(out.size() - 1);
        Quote q = f.quote();
        out.add(new Quote(p.start(), q.end(), p.text() + " " + q.text(), true, p.cue(), p.speaker(), p.date(), p.dateSource()));
        last = new DirectQuotes.Found(out.get(out.size() - 1), last.cue(), last.continued());
      } else {
        out.add(f.quote());
        last = f;
      }
    }
    return out;
  }

  private static boolean joins(String text, DirectQuotes.Found earlier, DirectQuotes.Found later) {
    Quote p = earlier.quote();
    Quote q = later.quote();
    if (p.speaker() == null || q.start() < p.end() || paragraphBreaks(text, p.end(), q.start()) > 0) {
      return false;
    }
    return later.cue() >= 0 ? later.cue() == earlier.cue() : later.continued() && q.speaker() == p.speaker();
  }

  /** How many paragraph breaks (blank lines) lie in {@code [from, to)}. */
  static int paragraphBreaks(String text, int from, int to) {
    String between = text.substring(from, to);
    return between.split("\n\\s*\n", -1).length - 1;
  }
}
