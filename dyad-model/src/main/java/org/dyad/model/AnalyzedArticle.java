package org.dyad.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The output record for one article: its cleaned text and everything found in it.
 *
 * @param source who the story is from: the agency when the page names one, else the publisher
 * @param publisher the site or paper that printed the page, or null (see {@link CleanedArticle})
 * @param agency the news agency named in a dateline or credit line, or null
 * @param tone the article's tone, or null when it was not scored (not analysed, or written before tone)
 * @param sentences the tone of each annotated sentence, in text order (empty when not scored)
 */
public record AnalyzedArticle(
    String id,
    String url,
    String source,
    String publisher,
    String agency,
    String title,
    LocalDate published,
    Dateline dateline,
    String text,
    String duplicateOf,
    List<EntityMention> entities,
    List<Quote> quotes,
    List<DateMention> dates,
    List<Event> events,
    List<Issue> issues,
    ArticleTone tone,
    List<SentenceTone> sentences) {
  public AnalyzedArticle {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    dates = List.copyOf(dates);
    events = List.copyOf(events);
    issues = List.copyOf(issues);
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
  }

  /** An article whose publisher and agency are not told apart (both null). */
  public AnalyzedArticle(String id, String url, String source, String title, LocalDate published, Dateline dateline,
      String text, String duplicateOf, List<EntityMention> entities, List<Quote> quotes, List<DateMention> dates,
      List<Event> events, List<Issue> issues, ArticleTone tone, List<SentenceTone> sentences) {
    this(id, url, source, null, null, title, published, dateline, text, duplicateOf, entities, quotes, dates, events,
        issues, tone, sentences);
  }

  /** The analysis of a cleaned article: its metadata with what the stages found. */
  public static AnalyzedArticle of(CleanedArticle a, String duplicateOf, List<EntityMention> entities, List<Quote> quotes,
      List<DateMention> dates, List<Event> events, List<Issue> issues, ArticleTone tone, List<SentenceTone> sentences) {
    return new AnalyzedArticle(a.id(), a.url(), a.source(), a.publisher(), a.agency(), a.title(), a.published(),
        a.dateline(), a.text(), duplicateOf, entities, quotes, dates, events, issues, tone, sentences);
  }

  /** An article not scored for tone. */
  public AnalyzedArticle(String id, String url, String source, String title, LocalDate published, Dateline dateline,
      String text, String duplicateOf, List<EntityMention> entities, List<Quote> quotes, List<DateMention> dates,
      List<Event> events, List<Issue> issues) {
    this(id, url, source, title, published, dateline, text, duplicateOf, entities, quotes, dates, events, issues, null, List.of());
  }

  /** An article that stops after cleaning (or failed before analysis). */
  public static AnalyzedArticle cleanedOnly(CleanedArticle a, String duplicateOf) {
    return of(a, duplicateOf, List.of(), List.of(), List.of(), List.of(), a.issues(), null, List.of());
  }
}
