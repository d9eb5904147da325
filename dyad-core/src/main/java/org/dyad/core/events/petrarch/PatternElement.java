package org.dyad.core.events.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One element of a PETRARCH/TABARI verb pattern: words (a word, or a synset's phrases), or a marker
 * that consumes no word: {@code $} source, {@code +} target, {@code %} compound actor, {@code ^} skip.
 *
 * @param kind what the element is
 * @param phrases for {@link Kind#WORDS} the alternatives, each a phrase of lower-case words; empty otherwise
 * @param joined true when the element is joined to the next one by {@code _} (no words between them)
 */
record PatternElement(Kind kind, List<List<String>> phrases, boolean joined) {
  enum Kind { WORDS, SOURCE, TARGET, COMPOUND, SKIP }

  PatternElement {
    requireNonNull(kind, "kind is null");
    phrases = List.copyOf(phrases);
    if ((kind == Kind.WORDS) == phrases.isEmpty()) {
      throw new IllegalArgumentException("words need phrases, markers have none");
    }
  }

  static PatternElement marker(Kind kind, boolean joined) {
    return new PatternElement(kind, List.of(), joined);
  }

  /** The single word of a one-word element, or null. */
  String word() {
    return kind == Kind.WORDS && phrases.size() == 1 && phrases.get(0).size() == 1 ? phrases.get(0).get(0) : null;
  }
}
