package org.dyad.eval.quotes;

import org.dyad.model.Spans;

/** A character span {@code [start, end)} of an article's text. */
public record TextSpan(int start, int end) {
  public TextSpan {
    Spans.check(start, end);
  }
}
