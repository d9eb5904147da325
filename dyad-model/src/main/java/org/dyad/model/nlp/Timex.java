package org.dyad.model.nlp;

import static java.util.Objects.requireNonNull;

import org.dyad.model.Spans;

/**
 * A time expression as the annotator normalised it (SUTime), before Dyad's own rules.
 *
 * @param value TIMEX3 value, or null when the annotator gave none
 */
public record Timex(int start, int end, int firstToken, int endToken, String text, String type, String value) {
  public Timex {
    Spans.check(start, end);
    requireNonNull(text, "text is null");
    requireNonNull(type, "type is null");
  }
}
