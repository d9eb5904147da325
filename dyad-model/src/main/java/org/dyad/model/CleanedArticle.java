package org.dyad.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * An article after cleaning: the main text only, each paragraph once, with its metadata. Every
 * offset that later stages produce points into {@link #text()}.
 *
 * @param source who the story is from: the agency when the page names one, else the publisher
 * @param publisher the site or paper that printed the page (its {@code og:site_name} or JSON-LD
 *     publisher, else the URL's host), or null
 * @param agency the news agency named in a dateline or credit line ({@code TASS}, {@code AP},
 *     {@code Reuters}), or null
 * @param published the article date, or null when neither the page nor the user gave one
 * @param dateline the dateline found at the start of the body, or null
 * @param language ISO 639-1 code of the detected language, or null when unknown
 */
public record CleanedArticle(
    String id,
    String url,
    String source,
    String publisher,
    String agency,
    String title,
    LocalDate published,
    Dateline dateline,
    String text,
    String language,
    List<Issue> issues) {
  public CleanedArticle {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
    issues = List.copyOf(issues);
  }

  /** An article whose publisher and agency are not told apart (both null). */
  public CleanedArticle(String id, String url, String source, String title, LocalDate published, Dateline dateline,
      String text, String language, List<Issue> issues) {
    this(id, url, source, null, null, title, published, dateline, text, language, issues);
  }

  /** The same article with another text (a cut for the annotator), everything else kept. */
  public CleanedArticle withText(String newText) {
    return new CleanedArticle(id, url, source, publisher, agency, title, published, dateline, newText, language, issues);
  }
}
