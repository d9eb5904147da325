package org.dyad.model;

import static java.util.Objects.requireNonNull;

/**
 * Who said a quote. Offsets point at the mention in the cue sentence (which may be a pronoun
 * resolved to {@link #name()}).
 */
public record Speaker(String name, int start, int end, String actor, String title) {
  public Speaker {
    requireNonNull(name, "name is null");
    Spans.check(start, end);
  }
}
