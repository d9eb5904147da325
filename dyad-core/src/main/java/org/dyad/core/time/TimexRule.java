package org.dyad.core.time;

import java.time.LocalDate;
import java.util.Optional;

/** One family of normalisation rules over a cleaned phrase (see {@link PhraseCleaner}). */
interface TimexRule {
  /**
   * Resolves a phrase, or returns empty when this rule does not recognise it.
   *
   * @param phrase the phrase as {@link PhraseCleaner#clean} returns it
   * @param anchor the article date, or null: relative phrases then resolve to a null value
   * @param future whether the phrase sits in a future-tense clause
   */
  Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future);
}
