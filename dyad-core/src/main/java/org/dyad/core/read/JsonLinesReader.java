package org.dyad.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.dyad.model.ContentType;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;

/**
 * JSON lines: one object a line with {@code id}, {@code text} or {@code html}, and optional
 * {@code title}, {@code url}, {@code published}. A bad line becomes a document with its reason; a
 * stream that breaks off (a truncated {@code .jsonl.gz}) keeps the lines before the break.
 */
final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final long maxChars;

  JsonLinesReader(long maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * @param name the input's name, for ids ({@code name#line}) and messages
   * @param origin where the lines come from (a path, {@code stdin})
   */
  void read(Reader in, String name, String origin, Consumer<RawDocument> sink) {
    BoundedLines lines = new BoundedLines(in, maxLine());
    int n = 0;
    try {
      BoundedLines.Line line;
      while ((line = lines.next()) != null) {
        n++;
        if (line.cut()) {
          sink.accept(Documents.failed(name + "#" + n, origin + ":" + n, "line-too-long",
              "the line has " + line.length() + " characters; lines over " + maxLine() + " are not read"));
        } else if (!line.text().isBlank()) {
          sink.accept(fromJson(line.text(), name + "#" + n, origin + ":" + n));
        }
      }
    } catch (InflationGuard.Bomb e) {
      sink.accept(Documents.failed(name + "#" + (n + 1), origin + ":" + (n + 1), "zip-bomb", Documents.reason(e)
          + " after line " + n + "; the lines before were read"));
    } catch (ZipException | java.io.EOFException e) {
      RawDocument d = Documents.failed(name + "#" + (n + 1), origin + ":" + (n + 1), "truncated-gzip",
          "the compressed input ends early or is corrupt after line " + n + " (" + Documents.reason(e) + "); the lines before were read");
      sink.accept(d);
    } catch (IOException | UncheckedIOException e) {
      sink.accept(Documents.failed(name + "#" + (n + 1), origin, "io-error", "cannot read " + origin + " after line " + n + ": " + Documents.reason(e)));
    }
  }

  /** The longest line read: room for a body of {@code maxChars} with escapes and the other fields. */
  private int maxLine() {
    return (int) Math.min(2 * maxChars + (1 << 16), Integer.MAX_VALUE / 2);
  }

  RawDocument fromJson(String line, String fallbackId, String origin) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      return Documents.failed(fallbackId, origin, "bad-json", "the line is not JSON: " + Documents.reason(e));
    }
    if (node == null || !node.isObject()) {
      return Documents.failed(fallbackId, origin, "bad-json", "the line is not a JSON object");
    }
    String id = text(node, "id");
    List<Issue> issues = new ArrayList<>();
    String body = text(node, "html");
    ContentType type = ContentType.HTML;
    if (body == null) {
      body = text(node, "text");
      type = ContentType.TEXT;
    }
    if (body == null) {
      issues.add(Documents.issue("no-body", "the object has neither \"text\" nor \"html\""));
      body = "";
    }
    if (body.length() > maxChars) {
      issues.add(Documents.issue("truncated", "the body has " + body.length() + " characters; only the first " + maxChars + " were kept"));
      body = body.substring(0, (int) maxChars);
    }
    return new RawDocument(id != null ? id : fallbackId, origin, text(node, "url"), text(node, "title"),
        date(text(node, "published"), issues), body, type, issues);
  }

  private static LocalDate date(String value, List<Issue> issues) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      issues.add(Documents.issue("bad-date", "\"published\" is not an ISO date: " + value));
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
