package org.dyad.core.quotes;

import static java.util.Objects.requireNonNull;

import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Quote;

/**
 * One statement as a listing shows it: the quote with its article.
 *
 * @param date the statement's date, else the article date (ISO), or null
 */
public record StatementRow(String articleId, String title, String date, Quote quote) {
  public StatementRow {
    requireNonNull(articleId, "articleId is null");
    requireNonNull(quote, "quote is null");
  }

  static StatementRow of(AnalyzedArticle a, Quote q) {
    String date = q.date() != null ? q.date() : a.published() == null ? null : a.published().toString();
    return new StatementRow(a.id(), a.title(), date, q);
  }
}
