package org.dyad.model.nlp;

import static java.util.Objects.requireNonNull;

/**
 * A Universal Dependencies arc between two tokens, by document token index.
 *
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation relation with subtype, for example {@code nsubj}, {@code obl:tmod}
 */
public record Dependency(int governor, int dependent, String relation) {
  public Dependency {
    requireNonNull(relation, "relation is null");
    if (dependent < 0) {
      throw new IllegalArgumentException("dependent < 0");
    }
  }
}
