package org.dyad.core.entities;

import static org.dyad.core.entities.GazetteerEntry.Kind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.nlp.NerMention;

/**
 * Reads the affiliation that ends right before a title, a group noun or an organisation:
 * "Russia's", "Afghan", "Kremlin", "Taliban", "Russian Foreign Ministry", or an organisation the
 * annotator found. Bodies every state has ("Foreign Ministry") take their country from a modifier
 * before them, from "of X" after them, or else from the dateline's country.
 */
final class AffiliationReader {
  private static final Set<String> POSSESSIVE = Set.of("'s", "'", "s'");
  /** Lower-case words allowed between an owner's possessive and the organisation it owns ("ruling", "main opposition"). */
  private static final int MAX_OWNED_MODIFIERS = 2;
  private final EntityDictionaries dictionaries;
  private final Map<Integer, NerMention> organizationsByEnd = new HashMap<>();
  private final String fallbackCountry;

  AffiliationReader(EntityDictionaries dictionaries, List<NerMention> mentions, String fallbackCountry) {
    this.dictionaries = dictionaries;
    this.fallbackCountry = fallbackCountry;
    for (NerMention m : mentions) {
      if (m.type().equals("ORGANIZATION")) {
        organizationsByEnd.put(m.endToken(), m);
      }
    }
  }

  /** The affiliation over tokens ending at {@code end} (exclusive), starting at or after {@code floor}. */
  Affiliation endingAt(TokenText tt, int end, int floor) {
    if (end - 1 < floor) {
      return null;
    }
    if (POSSESSIVE.contains(tt.lower(end - 1))) {
      Affiliation a = plainEndingAt(tt, end - 1, floor);
      return a == null ? null : new Affiliation(a.first(), end, a.name(), a.country(), a.actor(), a.institution());
    }
    return plainEndingAt(tt, end, floor);
  }

  private Affiliation plainEndingAt(TokenText tt, int end, int floor) {
    if (end - 1 < floor) {
      return null;
    }
    Gazetteer.Match m = dictionaries.gazetteer().longestEndingAt(tt, end, floor);
    if (m != null) {
      return fromEntry(tt, m, floor);
    }
    NerMention n = organizationsByEnd.get(end);
    if (n != null && n.firstToken() >= floor) {
      Affiliation org = unknownOrganization(tt, n.firstToken(), end);
      Affiliation owner = ownerBefore(tt, n.firstToken(), floor, 0);
      return owner == null ? org : ownedBy(tt, org, owner, owner.first());
    }
    return null;
  }

  /**
   * "China's Taiwan Affairs Office": the owner's country, not the place the name mentions, over
   * tokens from {@code first} to the organisation's end.
   */
  private Affiliation ownedBy(TokenText tt, Affiliation org, Affiliation owner, int first) {
    String role = dictionaries.roles().headRole(tt, org.first(), org.end());
    return new Affiliation(first, org.end(), org.name(), owner.country(), Affiliation.compose(owner.country(), role), true);
  }

  /**
   * The country named in the possessive before an organisation that starts at {@code first}, with at
   * most {@code modifiers} lower-case words between ("Taiwan's ruling ..."), not before {@code floor};
   * null when there is none.
   */
  private Affiliation ownerBefore(TokenText tt, int first, int floor, int modifiers) {
    int k = first;
    while (k > floor && first - k < modifiers && isLowerWord(tt, k - 1)) {
      k--;
    }
    return k > floor && POSSESSIVE.contains(tt.lower(k - 1)) ? countryEndingAt(tt, k, floor) : null;
  }

  /**
   * An organisation the annotator found: owned by a country named in the possessive before it, with
   * at most {@value #MAX_OWNED_MODIFIERS} lower-case modifiers between ("China's Taiwan Affairs
   * Office", "Taiwan's ruling Democratic Progressive Party"), it has the owner's country whatever
   * place its name mentions; else it is read as {@link #unknownOrganization}. The span stays the name's.
   */
  Affiliation annotatedOrganization(TokenText tt, int first, int end) {
    Affiliation org = unknownOrganization(tt, first, end);
    Affiliation owner = ownerBefore(tt, first, tt.sentenceStart(first), MAX_OWNED_MODIFIERS);
    return owner == null ? org : ownedBy(tt, org, owner, first);
  }

  private static boolean isLowerWord(TokenText tt, int i) {
    String w = tt.word(i);
    return !tt.isCapitalised(i) && w.chars().allMatch(Character::isLetter) && !POSSESSIVE.contains(w);
  }

  /** An organisation not in the dictionaries: country from a demonym inside, role from its head word. */
  Affiliation unknownOrganization(TokenText tt, int first, int end) {
    String country = null;
    for (int i = first; i < end && country == null; i++) {
      Gazetteer.Match m = dictionaries.gazetteer().longestAt(tt, i, end);
      if (m != null && (m.entry().kind() == Kind.COUNTRY || m.entry().kind() == Kind.DEMONYM)) {
        country = m.entry().country();
      }
    }
    String role = dictionaries.roles().headRole(tt, first, end);
    String name = tt.text(first, end).replaceAll("\\s+", " ");
    return new Affiliation(first, end, name, country, Affiliation.compose(country, role), true);
  }

  private Affiliation fromEntry(TokenText tt, Gazetteer.Match m, int floor) {
    GazetteerEntry e = m.entry();
    return switch (e.kind()) {
      case COUNTRY, DEMONYM -> new Affiliation(m.first(), m.end(), null, e.country(), e.country(), false);
      case CAPITAL -> new Affiliation(m.first(), m.end(), null, e.country(), e.country(), false);
      case PLACE -> new Affiliation(m.first(), m.end(), e.name(), e.country(), e.country(), false);
      case SEAT, ORG, PERSON -> new Affiliation(m.first(), m.end(), e.name(), e.country(), e.actor(), true);
      case CONTEXT_ORG -> contextOrganization(tt, m, floor);
    };
  }

  /** A body every state has, with its country from a modifier, from "of X" after it, or the dateline. */
  Affiliation contextOrganization(TokenText tt, Gazetteer.Match m, int floor) {
    Affiliation before = countryEndingAt(tt, m.first(), floor);
    int first = m.first();
    int end = m.end();
    String country = null;
    if (before != null) {
      first = before.first();
      country = before.country();
    } else {
      Affiliation after = countryOfAfter(tt, m.end());
      if (after != null) {
        end = after.end();
        country = after.country();
      }
    }
    String name = m.entry().name();
    if (country == null) {
      country = fallbackCountry;
    }
    if (country != null) {
      name = name + " (" + dictionaries.countries().name(country) + ")";
    }
    return new Affiliation(first, end, name, country, Affiliation.compose(country, m.entry().actor()), true);
  }

  /** A country, demonym, capital or place ending at {@code end}, possibly possessive ("Russia's"). */
  Affiliation countryEndingAt(TokenText tt, int end, int floor) {
    int e = end > floor && POSSESSIVE.contains(tt.lower(end - 1)) ? end - 1 : end;
    Gazetteer.Match m = e > floor ? dictionaries.gazetteer().longestEndingAt(tt, e, floor) : null;
    if (m == null || m.entry().kind() == Kind.ORG || m.entry().kind() == Kind.CONTEXT_ORG
        || m.entry().kind() == Kind.SEAT || m.entry().kind() == Kind.PERSON) {
      return null;
    }
    return new Affiliation(m.first(), end, null, m.entry().country(), m.entry().country(), false);
  }

  /** "of X" or "of the X" right after {@code end}, where X is a country; null otherwise. */
  Affiliation countryOfAfter(TokenText tt, int end) {
    return countryAfter(tt, end, "of");
  }

  /** "PREP X" or "PREP the X" right after {@code end}, where X is a country; null otherwise. */
  Affiliation countryAfter(TokenText tt, int end, String prep) {
    if (end >= tt.size() || !tt.lower(end).equals(prep)) {
      return null;
    }
    int c = end + 1 < tt.size() && tt.lower(end + 1).equals("the") ? end + 2 : end + 1;
    Gazetteer.Match m = c < tt.size() ? dictionaries.gazetteer().longestAt(tt, c, tt.sentenceEnd(c)) : null;
    if (m == null || (m.entry().kind() != Kind.COUNTRY && m.entry().kind() != Kind.DEMONYM)) {
      return null;
    }
    return new Affiliation(end, m.end(), null, m.entry().country(), m.entry().country(), false);
  }
}
