package org.dyad.model.nlp;

import static java.util.Objects.requireNonNull;

import org.dyad.model.Spans;

/** A named-entity mention found by the annotator, over tokens {@code [firstToken, endToken)}. */
public record NerMention(int start, int end, int firstToken, int endToken, String type, String text) {
  public NerMention {
    Spans.check(start, end);
    requireNonNull(type, "type is null");
    requireNonNull(text, "text is null");
  }
}
