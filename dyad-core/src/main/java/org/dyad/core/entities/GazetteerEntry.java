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
  /** Acronyms ("US") need two capitals in the text, names a capital first letter, "al-Qaeda" nothing. */
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
        case CAPITALISED -> PhraseKey.isCapitalised(written);
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
