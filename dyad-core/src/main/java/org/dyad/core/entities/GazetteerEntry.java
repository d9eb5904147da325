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
 * @param codes the actor's codes over time (then {@code actor} and {@code country} are those of the
 *     reference date until {@link #on} picks an article's), or null for an entry whose code never changes
 */
record GazetteerEntry(Kind kind, String name, String country, String actor, Casing casing, ActorCodes codes) {
  /**
   * What the text must look like to match. Acronyms ("US") need two capitals in the text; names
   * ("Iran", "Turkey") need at least one capital letter anywhere in the phrase as written, so "Iran",
   * "IRAN" (a headline or wire slug) and "iRan" (a careless typist) match but "iran", "turkey",
   * "china" or "chad" written all in lower case never do (too many are common words); names written
   * in lower case in the dictionary ("al-Qaeda") match in any case. A name of several words written
   * in title case ("Armed Islamic Group", "State Department") needs its first or its last word
   * capitalised in the text: a common phrase that only contains a capitalised word ("an armed Islamic
   * group", "a national Democratic party") is no name, while "the State department" and "al Qaeda"
   * still are.
   */
  enum Casing {
    ACRONYM, CAPITALISED, TITLED, ANY;

    static Casing of(String phrase) {
      if (PhraseKey.isAcronym(phrase)) {
        return ACRONYM;
      }
      if (!PhraseKey.isCapitalised(phrase)) {
        return ANY;
      }
      return phrase.strip().contains(" ") ? TITLED : CAPITALISED;
    }

    boolean fits(String written) {
      return switch (this) {
        case ACRONYM -> PhraseKey.capitals(written) >= 2;
        case CAPITALISED -> PhraseKey.capitals(written) >= 1;
        case TITLED -> endsCapitalised(written.strip().split("\\s+"));
        case ANY -> true;
      };
    }

    private static boolean endsCapitalised(String[] words) {
      return PhraseKey.isCapitalised(words[0]) || PhraseKey.isCapitalised(words[words.length - 1]);
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

  GazetteerEntry(Kind kind, String name, String country, String actor, Casing casing) {
    this(kind, name, country, actor, casing, null);
  }

  /**
   * This entry as of {@code date}: a dated actor takes the code that covers the date, and the
   * country of that code ({@code known} says which three-letter prefixes are countries).
   */
  GazetteerEntry on(java.time.LocalDate date, java.util.function.Predicate<String> known) {
    if (codes == null) {
      return this;
    }
    String code = codes.on(date);
    if (code.equals(actor)) {
      return this;
    }
    String c = known.test(code.substring(0, 3)) ? code.substring(0, 3) : null;
    return new GazetteerEntry(kind, name, c, code, casing, codes);
  }

  /**
   * This person in the office a title of the text names ({@code role}, "GOV" for "President"): the
   * dated code with that role when there is one and the article's date gives another ("President
   * Obama" in an undated text is the president, whatever the date of the lists). Else this entry.
   */
  GazetteerEntry inRole(String role, java.util.function.Predicate<String> known) {
    if (codes == null || role == null || actor == null || actor.endsWith(role)) {
      return this;
    }
    for (ActorCodes.Dated d : codes.codes()) {
      if (d.code().length() == 6 && d.code().endsWith(role) && (country == null || d.code().startsWith(country))) {
        return new GazetteerEntry(kind, name, known.test(d.code().substring(0, 3)) ? d.code().substring(0, 3) : null,
            d.code(), casing, codes);
      }
    }
    return this;
  }

  /** True for entries that can head an actor (not a plain place). */
  boolean isActor() {
    return kind != Kind.PLACE;
  }
}
