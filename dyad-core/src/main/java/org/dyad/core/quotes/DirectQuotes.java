package org.dyad.core.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dating.VerbDater;
import org.dyad.core.nlp.Parses;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * Direct quotes from quotation marks. Each quotation takes its cue from {@link CueFinder}; one without
 * a cue continues the attributed quote or statement just before it in its paragraph, or in the
 * paragraph before when it opens its own. A quotation that {@link Quotations} does not take for speech
 * (a title, a scare quote, a name) is left out, and so is one that lies inside a statement as part of it.
 * A quote split by its own attribution ("“We are ready,” she said. “The rest can wait.”") is one quote:
 * the parts in one paragraph that share a cue, or continue it, are joined (see {@link SplitQuotes}).
 */
final class DirectQuotes {
  private static final int MIN_UNCUED_WORDS = 4;

  /** A quote found at a quotation, with its cue token (-1 without one) and whether it continues the one before. */
  record Found(Quote quote, int cue, boolean continued) {}

  private final CleanedArticle article;
  private final Annotation a;
  private final SpeakerResolver speakers;
  private final List<DateMention> dates;

  DirectQuotes(CleanedArticle article, Annotation a, SpeakerResolver speakers, List<DateMention> dates) {
    this.article = article;
    this.a = a;
    this.speakers = speakers;
    this.dates = dates;
  }

  List<Quote> find(List<QuoteMarks.Span> marks, List<Quote> statements) {
    String text = article.text();
    List<Found> out = new ArrayList<>();
    Quote previous = null;
    for (QuoteMarks.Span m : marks) {
      if (holdsTranscript(statements, m) || !Quotations.isSpeech(a, text, m)) {
        continue;
      }
      CueFinder.Cue cue = CueFinder.find(a, text, m, marks);
      if (Quotations.isFragment(text, m) && (cue == null || !CueFinder.governs(a, cue.token(), m))) {
        continue;
      }
      int ownCue = cue != null && isSentence(text, m) ? a.tokens().get(cue.token()).start() : -1;
      if (partOfStatement(statements, m, ownCue)) {
        continue;
      }
      Found f = found(text, m, cue, previous, statements);
      if (f != null) {
        out.add(f);
        previous = f.quote();
      }
    }
    return SplitQuotes.join(text, out);
  }

  private Found found(String text, QuoteMarks.Span m, CueFinder.Cue cue, Quote previous, List<Quote> statements) {
    String words = text.substring(m.start(), m.end());
    if (cue != null) {
      Speaker s = speakers.resolve(cue.speaker());
      VerbDater.Dated d = VerbDater.date(article, a, cue.token(), dates);
      int[] span = naming(text, m, cue) ? new int[] {a.tokens().get(cue.token() + 1).start(), closingEnd(text, m)} : new int[] {m.start(), m.end()};
      return new Found(new Quote(span[0], span[1], text.substring(span[0], span[1]), true, cue.text(), s, d.value(), d.source()),
          cue.token(), false);
    }
    Quote p = lastBefore(previous, statements, m.start());
    if (continues(text, p, m)) {
      return new Found(new Quote(m.start(), m.end(), words, true, p.cue(), p.speaker(), p.date(), p.dateSource()), -1, true);
    }
    CueFinder.Cue intro = CueFinder.introducer(a, text, m, speakers::isPerson);
    if (intro != null) {
      return found(text, m, intro, previous, statements);
    }
    if (Quotations.words(text, m) >= MIN_UNCUED_WORDS) {
      return new Found(new Quote(m.start(), m.end(), words, true, null, null, null, null), -1, false);
    }
    return null;
  }

  /**
   * A fragment a verb of naming governs ("called the plan “a slow-motion wreck.”"): the statement is
   * what follows the verb up to the quotation's closing mark, the thing named and its name.
   */
  private boolean naming(String text, QuoteMarks.Span m, CueFinder.Cue cue) {
    Token verb = a.tokens().get(cue.token());
    return Quotations.isFragment(text, m) && !CueVerbs.ofSpeech(verb.lemma()) && CueVerbs.names(verb.lemma())
        && verb.end() < m.start() && cue.token() + 1 < a.tokens().size();
  }

  /** The end of the quotation with its closing mark. */
  private static int closingEnd(String text, QuoteMarks.Span m) {
    int e = m.end();
    while (e < text.length() && QuoteMarks.MARKS.indexOf(text.charAt(e)) >= 0) {
      e++;
    }
    return e;
  }

  /** The later of the previous direct quote and the last attributed statement before {@code offset}. */
  private static Quote lastBefore(Quote previous, List<Quote> statements, int offset) {
    Quote best = previous != null && previous.speaker() != null ? previous : null;
    for (Quote q : statements) {
      if (q.speaker() != null && q.end() <= offset && (best == null || q.end() > best.end())) {
        best = q;
      }
    }
    return best;
  }

  /** Same paragraph, or the quote opens the paragraph right after the previous quote's paragraph. */
  static boolean continues(String text, Quote previous, QuoteMarks.Span m) {
    if (previous == null || previous.end() > m.start()) {
      return false;
    }
    int breaks = SplitQuotes.paragraphBreaks(text, previous.end(), m.start());
    if (breaks == 0) {
      return true;
    }
    int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
    return breaks == 1 && text.substring(lineStart, m.start()).strip().length() <= 1;
  }

  /** A quotation around transcript lines is the transcript's, already reported line by line. */
  private static boolean holdsTranscript(List<Quote> statements, QuoteMarks.Span m) {
    for (Quote q : statements) {
      if (":".equals(q.cue()) && q.start() >= m.start() && q.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** A quotation that reads as a sentence of its own: it opens with a capital and has a few words. */
  private static boolean isSentence(String text, QuoteMarks.Span m) {
    return Character.isUpperCase(text.charAt(m.start())) && Quotations.words(text, m) >= MIN_UNCUED_WORDS;
  }

  /**
   * True when a quotation lies inside a statement and is part of it: not when its own cue lies inside
   * the statement too ("X noted that ... Y boasted, “...”" keeps Y's quote).
   */
  private static boolean partOfStatement(List<Quote> statements, QuoteMarks.Span m, int cueOffset) {
    for (Quote q : statements) {
      if (m.start() >= q.start() && m.end() <= q.end() && !(cueOffset >= q.start() && cueOffset < q.end())) {
        return true;
      }
    }
    return false;
  }

  static boolean hasVerb(Annotation a, QuoteMarks.Span m) {
    for (var t : a.tokens()) {
      if (t.start() >= m.start() && t.end() <= m.end() && Parses.isVerb(t)) {
        return true;
      }
    }
    return false;
  }
}
