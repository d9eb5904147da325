package org.dyad.lexicon;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One seed of the event lexicon, written from the CAMEO codebook: a verb or event noun, the WordNet 3.1
 * senses it means, and how far to expand it.
 *
 * @param code the CAMEO code; {@code reversed} when the subject receives ("received aid from X")
 * @param noun true for an event noun, false for a verb
 * @param lemma the WordNet lemma; two words joined by {@code _} are a verb and its particle or object
 *     ("crack_down", "open_fire")
 * @param senses the WordNet sense numbers of the lemma meant (1 = most frequent); empty when WordNet
 *     has no sense for the CAMEO use ("sanction" as punish), so the seed is not expanded
 * @param object lemmas the pattern needs among the object and its modifiers ("humanitarian+aid"), or null
 * @param preps prepositions introducing the target (for a noun: of its complement); empty for the object
 * @param expand how to expand: {@code syn} (lemmas of the seed synsets), {@code tropo1}/{@code tropo2}
 *     (troponyms or noun hyponyms to that depth), {@code deriv} (a verb's derivationally related event nouns)
 * @param lights names of light-verb sets that take the noun as object ("launch an attack")
 * @param line the seed's line in the seed file, for messages
 */
record Seed(String code, boolean reversed, boolean noun, String lemma, List<Integer> senses, String object,
    List<String> preps, List<String> expand, List<String> lights, int line) {
  Seed {
    requireNonNull(code, "code is null");
    requireNonNull(lemma, "lemma is null");
    senses = List.copyOf(senses);
    preps = List.copyOf(preps);
    expand = List.copyOf(expand);
    lights = List.copyOf(lights);
  }

  /** The troponym depth asked for (0 for none). */
  int tropoDepth() {
    return expand.contains("tropo2") ? 2 : expand.contains("tropo1") ? 1 : 0;
  }

  /** The code as the lexicon writes it, "<" first when source and target swap. */
  String codeColumn() {
    return reversed ? "<" + code : code;
  }
}
