package org.dyad.core.events.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * A verb pattern line ({@code - + * FROM $ [074]}): the elements before and after the verb, in text
 * order, and its codes. A code pair {@code [042:043]} is an event each way: the first from the source
 * to the target, the second back.
 *
 * @param verbJoined true when the first element after the verb follows it at once ({@code *_OUT})
 * @param code the code, or null when the pattern codes nothing ({@code [---]})
 * @param reverseCode the code of the event back from the target to the source, or null
 */
record PetrarchPattern(List<PatternElement> before, List<PatternElement> after, boolean verbJoined, String code,
    String reverseCode) {
  /** Words that introduce the complement holding an actor marker ("FROM $"). */
  private static final Set<String> PREPOSITIONS = Set.of("about", "against", "at", "by", "for", "from", "in", "into",
      "of", "on", "over", "to", "toward", "towards", "with", "upon");

  PetrarchPattern {
    before = List.copyOf(requireNonNull(before, "before is null"));
    after = List.copyOf(requireNonNull(after, "after is null"));
  }

  /** Word elements, the measure of how specific a pattern is. */
  int words() {
    int n = 0;
    for (PatternElement e : before) {
      n += e.kind() == PatternElement.Kind.WORDS ? 1 : 0;
    }
    for (PatternElement e : after) {
      n += e.kind() == PatternElement.Kind.WORDS ? 1 : 0;
    }
    return n;
  }

  /** True when the target is marked before the verb ({@code + * ...}): the subject receives the action. */
  boolean targetBefore() {
    return before.stream().anyMatch(e -> e.kind() == PatternElement.Kind.TARGET);
  }

  /**
   * The preposition before the marker of the actor that is not the subject, after the verb: before
   * {@code $} when the target is the subject, else before {@code +}; null when there is none (the object).
   */
  String prep() {
    PatternElement.Kind wanted = targetBefore() || hasSourceAfter() ? PatternElement.Kind.SOURCE : PatternElement.Kind.TARGET;
    for (int i = 1; i < after.size(); i++) {
      String w = after.get(i - 1).word();
      if (after.get(i).kind() == wanted && w != null && PREPOSITIONS.contains(w)) {
        return w;
      }
    }
    return null;
  }

  /** True when coordinated actors act on each other ({@code % HAVE *}). */
  boolean mutual() {
    return before.stream().anyMatch(e -> e.kind() == PatternElement.Kind.COMPOUND)
        || after.stream().anyMatch(e -> e.kind() == PatternElement.Kind.COMPOUND);
  }

  /** True when the source is marked after the verb ({@code * FROM $}). */
  boolean hasSourceAfter() {
    return after.stream().anyMatch(e -> e.kind() == PatternElement.Kind.SOURCE);
  }
}
