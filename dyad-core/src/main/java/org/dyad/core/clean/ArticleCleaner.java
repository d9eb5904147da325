package org.dyad.core.clean;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.core.clean.html.HtmlExtractor;
import org.dyad.model.CleanedArticle;
import org.dyad.model.ContentType;
import org.dyad.model.Dateline;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;

/**
 * The cleaning stage: extracts the page (HTML or plain text), strips furniture and repeated blocks,
 * reads the dateline, settles title, source and date, and guesses the language.
 */
public final class ArticleCleaner implements Cleaner {
  static final String STAGE = "clean";
  private final HtmlExtractor html;
  private final LanguageGuesser language;
  private final LocalDate fallbackDate;

  /**
   * @param fallbackDate the article date when the page gives none (also the year for a year-less
   *     dateline); may be null
   */
  public ArticleCleaner(HtmlExtractor html, LanguageGuesser language, LocalDate fallbackDate) {
    this.html = requireNonNull(html, "html is null");
    this.language = requireNonNull(language, "language is null");
    this.fallbackDate = fallbackDate;
  }

  @Override
  public CleanedArticle clean(RawDocument doc) {
    requireNonNull(doc, "doc is null");
    List<Issue> issues = new ArrayList<>(doc.issues());
    Page page = doc.type() == ContentType.HTML ? html.extract(doc.content(), doc.url()) : PlainTextExtractor.extract(doc.content());
    issues.addAll(page.issues());
    // The HTML extractor has already judged furniture by the DOM; plain text is judged by shape here.
    List<String> body = doc.type() == ContentType.HTML ? Furniture.dropRepeats(page.paragraphs()) : Furniture.strip(page.paragraphs());
    boolean whole = body.isEmpty();
    if (whole) {
      // No line reads as body text: a headline, a feed item, a short flash or a sentence without a
      // final stop. It was given as the article, so it is kept whole rather than taken for furniture.
      body = Furniture.wholeText(page.paragraphs());
    }
    String title = Whitespace.firstNonBlank(doc.title(), page.title());
    body = dropTitle(body, title);
    if (whole && doc.title() == null && body.size() <= 1) {
      title = null; // the one line is the text itself, not a headline over it
    }
    LocalDate metadata = firstNonNull(doc.published(), page.published());
    LocalDate fallback = firstNonNull(doc.fetched(), fallbackDate);
    Optional<DatelineFinder.Found> found = DatelineFinder.find(body, metadata != null ? metadata : fallback);
    List<String> furniture = found.isPresent() ? found.get().furniture(body) : List.of();
    body = found.isPresent() ? found.get().trim(body) : body;
    DatelineParser.Result dl = found.map(DatelineFinder.Found::result).orElse(null);
    // The dateline's own day (its month and day, with the page's year) is the story's date; then
    // the page's metadata, a time stamp among the furniture before the dateline, the fetch or given date.
    LocalDate published = firstNonNull(dl == null ? null : dl.date(), metadata, TimestampLines.find(furniture), fallback);
    String publisher = Whitespace.firstNonBlank(page.source(), UrlHosts.host(doc.url()));
    String agency = dl != null && dl.agency() != null ? dl.agency() : CreditLines.find(page.paragraphs()).orElse(null);
    String source = Whitespace.firstNonBlank(agency, publisher);
    Dateline dateline = dl == null ? null : dl.dateline();
    String text = String.join("\n\n", body);
    String lang = language(doc, body, text, issues);
    return new CleanedArticle(doc.id(), doc.url(), source, publisher, agency, title, published, dateline, text, lang, issues);
  }

  /** The language of a text, or null; an issue says when there is no text or it is not English. */
  private String language(RawDocument doc, List<String> body, String text, List<Issue> issues) {
    boolean explained = doc.content().isBlank() && !issues.isEmpty(); // a read issue already says why
    if (text.isEmpty()) {
      if (!explained) {
        issues.add(new Issue(STAGE, "empty", doc.content().isBlank() ? "the page has no text" : "no main text was found on the page"));
      }
      return null;
    }
    String lang = language.guess(bodyText(body, text));
    if (lang != null && !lang.equals("en")) {
      issues.add(new Issue(STAGE, "not-english", "the text looks like language '" + lang + "'; it is kept but not annotated"));
    }
    return lang;
  }

  /**
   * What the language is guessed from: the paragraphs that read as body text, not the short lines
   * of furniture a page carries in another language ("Share", "Read more"); all of it when none does.
   */
  private static String bodyText(List<String> body, String text) {
    List<String> prose = body.stream().filter(Furniture::isBody).toList();
    return prose.isEmpty() ? text : String.join("\n\n", prose);
  }

  /** Drops a first paragraph that repeats the title, unless it is the whole text. */
  private static List<String> dropTitle(List<String> body, String title) {
    if (title == null || body.size() < 2 || !Furniture.key(body.get(0)).equals(Furniture.key(title))) {
      return body;
    }
    return body.subList(1, body.size());
  }


  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
