package org.dyad.model;

/** What the body of a {@link RawDocument} is written in. */
public enum ContentType {
  TEXT,
  HTML
}
