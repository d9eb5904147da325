package org.dyad.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * An article after cleaning: the main text only, each paragraph once, with its metadata. Every
 * offset that later stages produce points into {@link #text()}.
 *
 * @param published the article date, or null when neither the page nor the user gave one
 * @param dateline the dateline found at the start of the body, or null
 * @param language ISO 639-1 code of the detected language, or null when unknown
 */
public record CleanedArticle(
    String id,
    String url,
    String source,
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
}
