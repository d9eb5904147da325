package org.dyad.lexicon;

import static java.util.Objects.requireNonNull;

/**
 * One generated lexicon row with its provenance.
 *
 * @param noun true for a row of the noun lexicon
 * @param lemma the verb or noun lemma
 * @param object the object lemmas the row needs ("out+attack"), or "*"
 * @param prep the preposition of the target, or "*"
 * @param code the code column ("<" first for a swap)
 * @param rank how direct the row is: 0 seed, 1 light verb of a seed noun, 2 synonym, 3 derived noun,
 *     4 troponym or hyponym; of two rows with the same key the more direct wins
 * @param provenance how it was made: relation, seed sense key and synset offset
 */
record Entry(boolean noun, String lemma, String object, String prep, String code, int rank, String provenance) {
  Entry {
    requireNonNull(lemma, "lemma is null");
    requireNonNull(provenance, "provenance is null");
  }

  /** What makes two rows the same pattern: the code aside, one wins. */
  String key() {
    return (noun ? "n " : "v ") + lemma + "\t" + object + "\t" + prep;
  }

  String row() {
    return lemma + "\t" + object + "\t" + prep + "\t" + code + "\t" + provenance;
  }
}
