package org.dyad.core.events.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A verb of a PETRARCH/TABARI verb dictionary with the patterns of its block.
 *
 * @param words the verb's words in lower case ({@code break down}: two); one is the inflected verb
 * @param head the index in {@code words} of the verb that inflects ({@code KLM_NOP_+RST}: 2)
 * @param code the verb's code when no pattern matches (its own, else its block's), or null for none
 * @param reverseCode the code of the event back from the target ({@code [042:043]}), or null
 * @param patterns the block's patterns, in file order
 */
record PetrarchVerb(List<String> words, int head, String code, String reverseCode, List<PetrarchPattern> patterns) {
  PetrarchVerb {
    words = List.copyOf(words);
    patterns = List.copyOf(patterns);
    if (head < 0 || head >= words.size()) {
      throw new IllegalArgumentException("head out of range: " + head);
    }
  }

  String headWord() {
    return requireNonNull(words.get(head));
  }
}
