package org.dyad.core.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dating.VerbDater;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;
import org.dyad.model.nlp.Sentence;

/**
 * Quotes from quotation marks and statements from the dependency parse. An indirect statement (see
 * {@link StatementFinder}) keeps the partial quotes inside it ("said he would become “the caretaker
 * president”" is one statement, marked direct when it opens or closes with the quotation, see
 * {@link QuoteMarks#atEdge}); a clause that is nearly all one quotation is reported as the direct
 * quote ({@link DirectQuotes}).
 */
public final class ParseQuoteAttributor implements QuoteAttributor {
  /** Share of a clause inside one quotation from which the clause is that direct quote. */
  private static final double MOSTLY_QUOTED = 0.8;
  private static final Set<String> WRITER = Set.of("i", "we", "you", "me", "us");

  @Override
  public List<Quote> attribute(CleanedArticle article, Annotation a, List<EntityMention> entities, List<DateMention> dates) {
    String text = article.text();
    List<QuoteMarks.Span> marks = QuoteMarks.find(text);
    SpeakerResolver speakers = new SpeakerResolver(text, a, entities, datelineStart(article), datelineEnd(article), marks);
    List<Quote> indirect = indirect(article, a, marks, speakers, dates, entities);
    List<Quote> out = new ArrayList<>(indirect);
    out.addAll(new DirectQuotes(article, a, speakers, dates).find(marks, indirect));
    out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    return withoutNestedDirect(out);
  }

  /**
   * One content is one quote: a direct quote inside a longer direct quote ("X said he hopes the vote
   * shows that “...”" also holds "hopes" with its own clause) is part of the longer one and goes.
   */
  static List<Quote> withoutNestedDirect(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      boolean nested = q.direct() && quotes.stream().anyMatch(o -> o != q && o.direct() && o.start() <= q.start()
          && q.end() <= o.end() && o.end() - o.start() > q.end() - q.start());
      if (!nested) {
        out.add(q);
      }
    }
    return out;
  }

  /** Statements from the parse and transcript lines, without clauses that are one quotation. */
  private static List<Quote> indirect(CleanedArticle article, Annotation a, List<QuoteMarks.Span> marks, SpeakerResolver speakers,
      List<DateMention> dates, List<EntityMention> entities) {
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
      if (isWriterOrReader(a, st.speaker()) || !lines.contains(st) && withinLine(lines, st)) {
        continue;
      }
      int start = afterDateline(text, datelineStart, dateline, a.tokens().get(st.from()).start());
      int end = closingMarkEnd(text, marks, start, a.tokens().get(st.to() - 1).end());
      if (start < end && (lines.contains(st) || !mostlyOneQuote(marks, start, end)) && !sameSpan(out, start, end)) {
        Speaker who = lines.contains(st) && TranscriptLines.isQuestionOrAnswer(a, st)
            ? TranscriptLines.questionOrAnswer(a, text, st, entities) : speakers.resolve(st.speaker());
        Quote q = new Quote(start, end, text.substring(start, end), QuoteMarks.atEdge(text, start, end), st.cueText(),
            who, null, null);
        out.add(dated(q, article, a, st.cue(), dates));
      }
    }
    return out;
  }

  /**
   * True when the statement's cue lies inside a transcript line: the line's speaker says it all ("A:
   * Words cannot describe how it felt" is the answer, not a statement by "words").
   */
  private static boolean withinLine(List<Statement> lines, Statement st) {
    for (Statement l : lines) {
      if (st.cue() >= l.from() && st.cue() < l.to()) {
        return true;
      }
    }
    return false;
  }

  private static Quote dated(Quote q, CleanedArticle article, Annotation a, int verb, List<DateMention> dates) {
    VerbDater.Dated d = VerbDater.date(article, a, verb, dates);
    return q.withDate(d.value(), d.source());
  }

  /** "I found that", "we know that", "you think that": the article's own voice, nobody's statement. */
  private static boolean isWriterOrReader(Annotation a, int speaker) {
    if (speaker < 0) {
      return false;
    }
    Token t = a.tokens().get(speaker);
    // a pronoun, never the country written in capitals ("the US said")
    return t.pos().startsWith("PRP") && !t.word().equals("US") && WRITER.contains(t.word().toLowerCase(Locale.ROOT));
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

  private static boolean sameSpan(List<Quote> quotes, int start, int end) {
    for (Quote q : quotes) {
      if (start == q.start() && end == q.end()) {
        return true;
      }
    }
    return false;
  }
}
