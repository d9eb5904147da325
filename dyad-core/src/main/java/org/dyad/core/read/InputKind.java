package org.dyad.core.read;

/** What a file holds, as told by its content and, failing that, its name. */
public enum InputKind {
  /** A page: HTML or plain text (told apart when it is decoded). */
  PAGE,
  /** JSON lines, one article object a line. */
  JSON_LINES,
  /** A web archive (WARC), plain or gzip-compressed. */
  WARC,
  /** An RSS or Atom feed. */
  FEED,
  /** Nothing Dyad reads. */
  UNSUPPORTED
}
