package org.dyad.core.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.core.dating.VerbDater;
import org.dyad.core.nlp.Parses;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * Quotes from quotation marks and from the dependency parse. A direct quote takes the subject of the
 * nearest reporting verb outside the marks in the sentences it touches; a quote with no cue that
 * follows a quote of the same paragraph continues it. An indirect statement is the {@code ccomp}
 * clause of a reporting verb ("X told reporters that ..."), or the clause that an
 * "according to X" phrase qualifies.
 */
public final class ParseQuoteAttributor implements QuoteAttributor {
  @Override
  public List<Quote> attribute(CleanedArticle article, Annotation a, List<EntityMention> entities, List<DateMention> dates) {
    String text = article.text();
    SpeakerResolver speakers = new SpeakerResolver(text, a, entities);
    List<Quote> out = new ArrayList<>();
    List<QuoteMarks.Span> marks = QuoteMarks.find(text);
    Quote previous = null;
    for (QuoteMarks.Span m : marks) {
      int verb = cueVerb(a, m);
      Quote q;
      if (verb >= 0) {
        Speaker s = speakers.resolve(Parses.child(a, verb, "nsubj"));
        q = new Quote(m.start(), m.end(), text.substring(m.start(), m.end()), true, a.tokens().get(verb).word(), s, null, null);
        q = dated(q, article, a, verb, dates);
      } else if (previous != null && sameParagraph(text, previous.end(), m.start())) {
        q = new Quote(m.start(), m.end(), text.substring(m.start(), m.end()), true, previous.cue(), previous.speaker(), previous.date(), previous.dateSource());
      } else {
        q = new Quote(m.start(), m.end(), text.substring(m.start(), m.end()), true, null, null, null, null);
      }
      out.add(q);
      previous = q;
    }
    for (Sentence s : a.sentences()) {
      indirect(article, a, s, marks, speakers, dates, out);
    }
    out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    return out;
  }

  private static Quote dated(Quote q, CleanedArticle article, Annotation a, int verb, List<DateMention> dates) {
    VerbDater.Dated d = VerbDater.date(article, a, verb, dates);
    return q.withDate(d.value(), d.source());
  }

  /** The reporting verb nearest to a quoted span, outside it, in the sentences it overlaps; or -1. */
  private static int cueVerb(Annotation a, QuoteMarks.Span m) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (Sentence s : a.sentences()) {
      if (s.end() <= m.start() - 1 || s.start() >= m.end() + 1) {
        continue;
      }
      for (Token t : a.tokensOf(s)) {
        if (t.start() >= m.start() - 1 && t.end() <= m.end() + 1) {
          continue;
        }
        if (Parses.isVerb(t) && CueVerbs.contains(t.lemma()) && Parses.child(a, t.index(), "nsubj") >= 0) {
          int distance = t.end() <= m.start() ? m.start() - t.end() : t.start() - m.end();
          if (distance < bestDistance) {
            best = t.index();
            bestDistance = distance;
          }
        }
      }
    }
    return best;
  }

  private static boolean sameParagraph(String text, int from, int to) {
    return from <= to && !text.substring(from, to).contains("\n\n");
  }

  private static void indirect(CleanedArticle article, Annotation a, Sentence s, List<QuoteMarks.Span> marks,
      SpeakerResolver speakers, List<DateMention> dates, List<Quote> out) {
    for (Token t : a.tokensOf(s)) {
      if (inside(marks, t.start(), t.end())) {
        continue;
      }
      if (Parses.isVerb(t) && CueVerbs.contains(t.lemma())) {
        int content = Parses.child(a, t.index(), "ccomp");
        int subject = Parses.child(a, t.index(), "nsubj");
        if (content >= 0 && subject >= 0) {
          add(article, a, content, t.index(), t.word(), speakers.resolve(subject), marks, dates, out);
        }
      } else if (t.word().equalsIgnoreCase("according") && Parses.relation(a, t.index()).equals("case")) {
        int speaker = Parses.head(a, t.index());
        int clause = speaker < 0 ? -1 : Parses.head(a, speaker);
        if (clause >= 0) {
          addAccording(article, a, s, t.index(), speaker, clause, speakers, marks, dates, out);
        }
      }
    }
  }

  private static void addAccording(CleanedArticle article, Annotation a, Sentence s, int according, int speaker, int clause,
      SpeakerResolver speakers, List<QuoteMarks.Span> marks, List<DateMention> dates, List<Quote> out) {
    int[] phrase = Parses.subtree(a, speaker);
    int first = s.firstToken();
    int last = s.endToken();
    int from = phrase[1] <= clause ? phrase[1] : first;
    int to = phrase[1] <= clause ? last : according;
    while (from < to && isPunct(a.tokens().get(from))) {
      from++;
    }
    while (to > from && isPunct(a.tokens().get(to - 1))) {
      to--;
    }
    if (to > from) {
      addSpan(article, a, from, to, clause, "according to", speakers.resolve(speaker), marks, dates, out);
    }
  }

  private static void add(CleanedArticle article, Annotation a, int content, int verb, String cue, Speaker speaker,
      List<QuoteMarks.Span> marks, List<DateMention> dates, List<Quote> out) {
    int[] span = Parses.subtree(a, content);
    int from = span[0];
    if (a.tokens().get(from).lemma().equals("that") && from + 1 < span[1]) {
      from++;
    }
    int to = span[1];
    while (to > from && isPunct(a.tokens().get(to - 1))) {
      to--;
    }
    addSpan(article, a, from, to, verb, cue, speaker, marks, dates, out);
  }

  private static void addSpan(CleanedArticle article, Annotation a, int from, int to, int verb, String cue, Speaker speaker,
      List<QuoteMarks.Span> marks, List<DateMention> dates, List<Quote> out) {
    int start = a.tokens().get(from).start();
    int end = a.tokens().get(to - 1).end();
    if (mostlyQuoted(marks, start, end)) {
      return;
    }
    String text = article.text().substring(start, end);
    out.add(dated(new Quote(start, end, text, false, cue, speaker, null, null), article, a, verb, dates));
  }

  private static boolean inside(List<QuoteMarks.Span> marks, int start, int end) {
    for (QuoteMarks.Span m : marks) {
      if (start >= m.start() && end <= m.end()) {
        return true;
      }
    }
    return false;
  }

  /** A clause that is mostly a direct quote is already reported as that quote. */
  private static boolean mostlyQuoted(List<QuoteMarks.Span> marks, int start, int end) {
    int quoted = 0;
    for (QuoteMarks.Span m : marks) {
      quoted += Math.max(0, Math.min(end, m.end()) - Math.max(start, m.start()));
    }
    return quoted * 2 > end - start;
  }

  private static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0));
  }
}
