package org.dyad.core.entities;

import java.util.Map;
import java.util.Set;

/**
 * Georgia, the country or the US state, by the article's context. The state when the text says so
 * next to the name ("the state of Georgia", "Georgia state", "Georgia's governor", "Atlanta,
 * Georgia", "Georgia lawmakers"), or when the article names another US state and nothing of the
 * country (Tbilisi, "Georgian", any other place or actor of the country). Otherwise the country.
 */
final class StateOrCountry {
  /** Country names that are also US states, with the state's country. */
  private static final Map<String, String> SHARED = Map.of("georgia", "USA");
  private static final String STATE_OF = "GEO";
  /** Words right after the name that only a US state has ("Georgia state", "Georgia Governor"). */
  private static final Set<String> STATE_AFTER = Set.of("state", "governor", "gov.", "legislature", "lawmakers",
      "senate", "senator", "sen.", "house", "county", "counties", "republicans", "democrats", "republican",
      "democratic", "voters", "sheriff", "bureau", "attorney", "secretary");
  private static final Set<String> STATE_BEFORE = Set.of("state", "southern", "rural", "north", "south");

  private StateOrCountry() {}

  /** The dictionaries for this article: with "Georgia" a US place when its context says so. */
  static EntityDictionaries read(EntityDictionaries d, TokenText tt) {
    int named = -1;
    boolean state = false;
    for (int i = 0; i < tt.size(); i++) {
      if (tt.isCapitalised(i) && SHARED.containsKey(tt.lower(i))) {
        named = i;
        state |= saysState(d, tt, i);
      }
    }
    if (named < 0 || !state && !(otherStateNamed(d, tt) && !countryNamed(d, tt))) {
      return d;
    }
    return d.readingAsPlace(tt.word(named), SHARED.get(tt.lower(named)));
  }

  private static boolean saysState(EntityDictionaries d, TokenText tt, int i) {
    int after = i + 1 < tt.size() && tt.lower(i + 1).equals("'s") ? i + 2 : i + 1;
    if (after < tt.size() && STATE_AFTER.contains(tt.lower(after))) {
      return true;
    }
    if (i >= 2 && tt.lower(i - 1).equals("of") && STATE_BEFORE.contains(tt.lower(i - 2))) {
      return true;
    }
    if (i >= 2 && tt.word(i - 1).equals(",") && tt.isCapitalised(i - 2)) {
      Gazetteer.Match town = d.gazetteer().longestEndingAt(tt, i - 1, tt.sentenceStart(i));
      return town == null ? tt.ner(i - 2).equals("LOCATION") || tt.ner(i - 2).equals("CITY")
          : !STATE_OF.equals(town.entry().country()) && town.entry().kind() != GazetteerEntry.Kind.COUNTRY;
    }
    return false;
  }

  private static boolean otherStateNamed(EntityDictionaries d, TokenText tt) {
    return anyEntry(d, tt, e -> e.kind() == GazetteerEntry.Kind.PLACE && "USA".equals(e.country()));
  }

  private static boolean countryNamed(EntityDictionaries d, TokenText tt) {
    return anyEntry(d, tt, e -> STATE_OF.equals(e.country()));
  }

  private static boolean anyEntry(EntityDictionaries d, TokenText tt, java.util.function.Predicate<GazetteerEntry> p) {
    for (int i = 0; i < tt.size(); i++) {
      if (tt.isCapitalised(i) && !SHARED.containsKey(tt.lower(i))) {
        Gazetteer.Match m = d.gazetteer().longestAt(tt, i, Math.min(tt.size(), i + 4));
        if (m != null && p.test(m.entry())) {
          return true;
        }
      }
    }
    return false;
  }
}
