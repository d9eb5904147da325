package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.ContentType;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;

/**
 * One document as read, with its place in the input (file and record, the command's reading
 * order), in a form Spark can move between executors: the {@link RawDocument}'s plain values.
 * Documents, not files, are what the analysis spreads over tasks ({@link DocumentSpreader}), so that
 * one JSON-lines file or WARC archive of many articles keeps every core busy.
 */
final class SparkDocument implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int record;
  private final String id;
  private final String origin;
  private final String url;
  private final String title;
  private final LocalDate published;
  private final LocalDate fetched;
  private final String content;
  private final ContentType type;
  private final ArrayList<String[]> issues;

  private SparkDocument(String file, int record, RawDocument d) {
    this.file = file;
    this.record = record;
    this.id = d.id();
    this.origin = d.origin();
    this.url = d.url();
    this.title = d.title();
    this.published = d.published();
    this.fetched = d.fetched();
    this.content = d.content();
    this.type = d.type();
    this.issues = new ArrayList<>();
    for (Issue i : d.issues()) {
      issues.add(new String[] {i.stage(), i.code(), i.message()});
    }
  }

  static SparkDocument of(String file, int record, RawDocument d) {
    return new SparkDocument(file, record, d);
  }

  /** The document as the pipeline takes it. */
  RawDocument raw() {
    List<Issue> is = issues.stream().map(i -> new Issue(i[0], i[1], i[2])).toList();
    return new RawDocument(id, origin, url, title, published, fetched, content, type, is);
  }

  String file() {
    return file;
  }

  int record() {
    return record;
  }

  /** {@link DocumentKey} of this document. */
  String key() {
    return DocumentKey.of(file, record);
  }

  /** What the analysis costs grows with: the characters of the body as read. */
  int size() {
    return content.length();
  }
}
