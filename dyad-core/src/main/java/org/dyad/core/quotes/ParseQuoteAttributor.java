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

/**
 * Quotes from quotation marks and statements from the dependency parse. An indirect statement (see
 * {@link StatementFinder}) keeps the partial quotes inside it ("said he would become “the caretaker
 * president”" is one statement); a clause that is nearly all one quotation is reported as the direct
 * quote. A direct quote takes its cue from {@link CueFinder}; one without a cue continues the
 * attributed quote or statement just before it in its paragraph, or in the paragraph before when it
 * opens its own;
 * a short quotation that does not end as an utterance does (a title, a scare quote) is not a statement.
 */
public final class ParseQuoteAttributor implements QuoteAttributor {
  /** Share of a clause inside one quotation from which the clause is that direct quote. */
  private static final double MOSTLY_QUOTED = 0.8;
  private static final int MIN_UNCUED_WORDS = 4;
  /** Fewer words than this in quotation marks are a label even with a verb ("“colluding”"). */
  private static final int MIN_VERB_WORDS = 3;

  @Override
  public List<Quote> attribute(CleanedArticle article, Annotation a, List<EntityMention> entities, List<DateMention> dates) {
    String text = article.text();
    SpeakerResolver speakers = new SpeakerResolver(text, a, entities, datelineStart(article), datelineEnd(article));
    List<QuoteMarks.Span> marks = QuoteMarks.find(text);
    List<Quote> indirect = indirect(article, a, marks, speakers, dates);
    List<Quote> out = new ArrayList<>(indirect);
    out.addAll(direct(article, a, marks, indirect, speakers, dates));
    out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    return out;
  }

  /** Statements from the parse and transcript lines, without clauses that are one quotation. */
  private static List<Quote> indirect(CleanedArticle article, Annotation a, List<QuoteMarks.Span> marks, SpeakerResolver speakers,
      List<DateMention> dates) {
    String text = article.text();
    int datelineStart = datelineStart(article);
    int dateline = datelineEnd(article);
    List<Statement> lines = TranscriptLines.find(a, text);
    List<Statement> statements = new ArrayList<>(lines);
    for (Sentence s : a.sentences()) {
      statements.addAll(StatementFinder.find(a, s, marks));
    }
    List<Quote> out = new ArrayList<>();
    for (Statement st : statements) {
      int start = afterDateline(text, datelineStart, dateline, a.tokens().get(st.from()).start());
      int end = closingMarkEnd(text, marks, start, a.tokens().get(st.to() - 1).end());
      if (start < end && (lines.contains(st) || !mostlyOneQuote(marks, start, end)) && !sameSpan(out, start, end)) {
        Quote q = new Quote(start, end, text.substring(start, end), false, st.cueText(), speakers.resolve(st.speaker()), null, null);
        out.add(dated(q, article, a, st.cue(), dates));
      }
    }
    return out;
  }

  private static List<Quote> direct(CleanedArticle article, Annotation a, List<QuoteMarks.Span> marks, List<Quote> indirect,
      SpeakerResolver speakers, List<DateMention> dates) {
    String text = article.text();
    List<Quote> out = new ArrayList<>();
    Quote previous = null;
    for (QuoteMarks.Span m : marks) {
      if (holdsTranscript(indirect, m) || isLabel(a, text, m)) {
        continue;
      }
      CueFinder.Cue cue = CueFinder.find(a, text, m);
      int ownCue = cue != null && isSentence(text, m) ? a.tokens().get(cue.token()).start() : -1;
      if (partOfStatement(indirect, m, ownCue)) {
        continue;
      }
      Quote q;
      if (cue != null) {
        Speaker s = speakers.resolve(cue.speaker());
        q = dated(new Quote(m.start(), m.end(), text.substring(m.start(), m.end()), true, cue.text(), s, null, null),
            article, a, cue.token(), dates);
      } else if (continues(text, lastBefore(previous, indirect, m.start()), m)) {
        Quote p = lastBefore(previous, indirect, m.start());
        q = new Quote(m.start(), m.end(), text.substring(m.start(), m.end()), true, p.cue(), p.speaker(), p.date(), p.dateSource());
      } else if (words(text, m) >= MIN_UNCUED_WORDS) {
        q = new Quote(m.start(), m.end(), text.substring(m.start(), m.end()), true, null, null, null, null);
      } else {
        continue;
      }
      out.add(q);
      previous = q;
    }
    return out;
  }

  private static Quote dated(Quote q, CleanedArticle article, Annotation a, int verb, List<DateMention> dates) {
    VerbDater.Dated d = VerbDater.date(article, a, verb, dates);
    return q.withDate(d.value(), d.source());
  }

  /** The later of the previous direct quote and the last attributed indirect statement before {@code offset}. */
  private static Quote lastBefore(Quote previous, List<Quote> indirect, int offset) {
    Quote best = previous != null && previous.speaker() != null ? previous : null;
    for (Quote q : indirect) {
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
    String between = text.substring(previous.end(), m.start());
    int breaks = between.split("\n\\s*\n", -1).length - 1;
    if (breaks == 0) {
      return true;
    }
    int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
    return breaks == 1 && text.substring(lineStart, m.start()).strip().length() <= 1;
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
    for (var t : a.tokens()) {
      if (t.start() >= m.start() && t.end() <= m.end() && Parses.isVerb(t)) {
        return false;
      }
    }
    return true;
  }

  /** "“You winning?” she asked": a quotation that ends as an utterance does (. ? ! or a comma before its mark). */
  private static boolean endsLikeUtterance(String text, QuoteMarks.Span m) {
    return ".?!,".indexOf(text.charAt(m.end() - 1)) >= 0;
  }

  private static int words(String text, QuoteMarks.Span m) {
    String t = text.substring(m.start(), m.end()).strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** True when one quotation covers most of {@code [start, end)}. */
  private static boolean mostlyOneQuote(List<QuoteMarks.Span> marks, int start, int end) {
    for (QuoteMarks.Span m : marks) {
      int shared = Math.max(0, Math.min(end, m.end()) - Math.max(start, m.start()));
      if (shared >= MOSTLY_QUOTED * (end - start)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a clause that a quotation inside it outlasts only by punctuation ("... become “the
   * best.”"): after the closing mark; else the end as it is.
   */
  private static int closingMarkEnd(String text, List<QuoteMarks.Span> marks, int start, int end) {
    for (QuoteMarks.Span m : marks) {
      if (m.start() > start && m.start() < end && m.end() >= end && text.substring(end, m.end()).matches("[\\p{Punct}\\s]*")) {
        return m.end() < text.length() ? m.end() + 1 : m.end();
      }
    }
    return end;
  }

  /** Where the article's dateline ("CITY (Agency) —") ends in the text, or 0. */
  static int datelineEnd(CleanedArticle article) {
    int at = datelineStart(article);
    return at < 0 ? 0 : at + article.dateline().text().length();
  }

  /** Where the article's dateline starts in the text (after a title or lead it may not be at 0), or -1. */
  static int datelineStart(CleanedArticle article) {
    if (article.dateline() == null || article.dateline().text() == null || article.dateline().text().isBlank()) {
      return -1;
    }
    return article.text().indexOf(article.dateline().text());
  }

  /** A statement that the parser starts inside the dateline starts after it (and its spaces). */
  private static int afterDateline(String text, int datelineStart, int datelineEnd, int start) {
    if (start >= datelineEnd || start < datelineStart) {
      return start;
    }
    int i = datelineEnd;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A quotation around transcript lines is the transcript's, already reported line by line. */
  private static boolean holdsTranscript(List<Quote> indirect, QuoteMarks.Span m) {
    for (Quote q : indirect) {
      if (":".equals(q.cue()) && q.start() >= m.start() && q.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** A quotation that reads as a sentence of its own: it opens with a capital and has a few words. */
  private static boolean isSentence(String text, QuoteMarks.Span m) {
    return Character.isUpperCase(text.charAt(m.start())) && words(text, m) >= MIN_UNCUED_WORDS;
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

  private static boolean sameSpan(List<Quote> quotes, int start, int end) {
    for (Quote q : quotes) {
      if (start == q.start() && end == q.end()) {
        return true;
      }
    }
    return false;
  }
}
