package org.dyad.core.entities;

import static java.util.Objects.requireNonNull;

/**
 * What a dictionary phrase stands for.
 *
 * @param kind where it came from, which decides how context changes it
 * @param name the canonical name
 * @param country ISO alpha-3 code, or null (always null for {@link Kind#CONTEXT_ORG})
 * @param actor the actor code; for {@link Kind#CONTEXT_ORG} only the role; null for places
 * @param casing what the text must look like to match
 */
record GazetteerEntry(Kind kind, String name, String country, String actor, Casing casing) {
  /**
   * What the text must look like to match. Acronyms ("US") need two capitals in the text; names
   * ("Iran", "Turkey") need at least one capital letter anywhere in the phrase as written, so "Iran",
   * "IRAN" (a headline or wire slug) and "iRan" (a careless typist) match but "iran", "turkey",
   * "china" or "chad" written all in lower case never do (too many are common words); names written
   * in lower case in the dictionary ("al-Qaeda") match in any case.
   */
  enum Casing {
    ACRONYM, CAPITALISED, ANY;

    static Casing of(String phrase) {
      if (PhraseKey.isAcronym(phrase)) {
        return ACRONYM;
      }
      return PhraseKey.isCapitalised(phrase) ? CAPITALISED : ANY;
    }

    boolean fits(String written) {
      return switch (this) {
        case ACRONYM -> PhraseKey.capitals(written) >= 2;
        case CAPITALISED -> PhraseKey.capitals(written) >= 1;
        case ANY -> true;
      };
    }
  }

  enum Kind {
    COUNTRY, DEMONYM, CAPITAL, SEAT, PLACE, ORG, CONTEXT_ORG, PERSON
  }

  GazetteerEntry {
    requireNonNull(kind, "kind is null");
    requireNonNull(name, "name is null");
    requireNonNull(casing, "casing is null");
  }

  /** True for entries that can head an actor (not a plain place). */
  boolean isActor() {
    return kind != Kind.PLACE;
  }
}
