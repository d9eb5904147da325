package org.dyad.cli;

import java.util.function.Predicate;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Common English words by WordNet 3.1 (extjwnl): a word is common when one of its senses writes it in
 * lower case ("falcon", "youth", "brown"); a word WordNet knows only as a name ("Obama", "Kabul") is not.
 */
final class WordNetWords implements Predicate<String> {
  private final Dictionary wordnet;

  WordNetWords() {
    try {
      this.wordnet = Dictionary.getDefaultResourceInstance();
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet did not load: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean test(String word) {
    try {
      IndexWordSet set = wordnet.lookupAllIndexWords(word);
      for (IndexWord iw : set.getIndexWordArray()) {
        for (Synset s : iw.getSenses()) {
          for (Word w : s.getWords()) {
            if (w.getLemma().equalsIgnoreCase(word) && w.getLemma().equals(w.getLemma().toLowerCase(java.util.Locale.ROOT))) {
              return true;
            }
          }
        }
      }
      return false;
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + word + ": " + e.getMessage(), e);
    }
  }
}
