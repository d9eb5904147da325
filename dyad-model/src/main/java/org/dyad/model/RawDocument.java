package org.dyad.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A page as it arrived, before cleaning.
 *
 * @param id stable identifier (from the input, or derived from its origin)
 * @param origin where it came from, for error messages: a path, a path with a line number, a URL
 * @param url the page URL when the input names one, else null
 * @param title a title given by the input (JSON lines, feeds), else null
 * @param published a date given by the input's metadata, else null
 * @param fetched the day the page was fetched (a WARC record's date, a feed's date), else null; the
 *     article date when the page gives none, and the year for a dateline that lacks one
 * @param content the page body, decoded to text
 * @param type whether {@code content} is HTML or plain text
 * @param issues problems met while reading (bad charset, truncation)
 */
public record RawDocument(
    String id,
    String origin,
    String url,
    String title,
    LocalDate published,
    LocalDate fetched,
    String content,
    ContentType type,
    List<Issue> issues) {
  public RawDocument {
    requireNonNull(id, "id is null");
    requireNonNull(origin, "origin is null");
    requireNonNull(content, "content is null");
    requireNonNull(type, "type is null");
    issues = List.copyOf(issues);
  }

  /** A document with no fetch date. */
  public RawDocument(String id, String origin, String url, String title, LocalDate published, String content,
      ContentType type, List<Issue> issues) {
    this(id, origin, url, title, published, null, content, type, issues);
  }
}
