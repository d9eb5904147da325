package org.dyad.eval.coref;

import static java.util.Objects.requireNonNull;

/** A marked mention of a person: characters {@code [start, end)} of its article, in chain {@code chain}. */
public record GoldMention(int start, int end, String chain) {
  public GoldMention {
    requireNonNull(chain, "chain is null");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
  }
}
