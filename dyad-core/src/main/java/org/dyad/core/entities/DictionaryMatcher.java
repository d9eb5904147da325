package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.entities.RoleLexicon.Kind;

/**
 * Dictionary candidates over the tokens, whatever the annotator said: countries, demonyms, places,
 * capitals and seats of power, organisations, and unnamed groups and title holders ({@link GroupFinder}).
 * Capitals and seats after a locative word ("in Moscow"), before a place noun ("Moscow region") or
 * in the dateline are places; otherwise they stand for the government. Names match as their
 * {@link GazetteerEntry.Casing} says (any capital letter, never all lower case), except a known
 * person right after a capitalised title ("President obama").
 */
final class DictionaryMatcher {
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "from", "to", "into",
      "across", "around", "via", "through", "toward", "towards", "inside", "visit", "visited", "visiting",
      "arrived", "reached", "flew", "left", "of", "between");
  /** Verbs of setting out, after which "for" names a destination ("left for Beijing", "bound for Kabul"). */
  private static final Set<String> SETTING_OUT = Set.of("leave", "leaves", "leaving", "left", "head", "heads", "heading",
      "headed", "bound", "depart", "departs", "departed", "departing", "sail", "sailed", "sailing", "set", "sets", "setting");
  private static final Set<String> PLACE_NOUNS = Set.of("city", "region", "province", "district", "airport",
      "time", "oblast", "suburb", "suburbs", "street", "streets", "based", "residents");
  /** Forms of address before a surname, which never make it another person's name. */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
      "madam", "madame", "monsieur", "herr", "frau", "senor", "señor", "sheikh", "mullah", "imam");
  /** Adjectives of direction that describe a part of a country rather than name another place ("Northern Afghanistan"). */
  private static final Set<String> REGIONAL = Set.of("northern", "southern", "eastern", "western", "central",
      "northeastern", "northwestern", "southeastern", "southwestern");
  private final EntityDictionaries dictionaries;
  private final AffiliationReader reader;
  private final GroupFinder groups;

  DictionaryMatcher(EntityDictionaries dictionaries, AffiliationReader reader) {
    this.dictionaries = dictionaries;
    this.reader = reader;
    this.groups = new GroupFinder(dictionaries, reader);
  }

  /** All dictionary candidates; {@code datelineEnd} is the first token after the dateline (0 if none). */
  List<Candidate> match(TokenText tt, int datelineEnd) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < tt.size(); i++) {
      Gazetteer.Match m = dictionaries.gazetteer().longestAt(tt, i, tt.size());
      if (m == null) {
        m = personAfterTitle(tt, i);
      }
      if (m == null) {
        m = ownedBodyInLowerCase(tt, i);
      }
      if (m != null && partOfLongerName(tt, m)) {
        m = null;
      }
      if (m != null && m.entry().kind() == GazetteerEntry.Kind.PERSON && afterAnotherName(dictionaries, tt, m.first(), m.entry().name())) {
        m = null;
      }
      if (m != null) {
        out.add(fromEntry(tt, m, datelineEnd));
      }
      addGroup(out, tt, dictionaries.roles().longestAt(tt, i, tt.size(), Kind.GROUP), false);
      addGroup(out, tt, dictionaries.roles().longestAt(tt, i, tt.size(), Kind.TITLE), true);
    }
    return out;
  }

  /**
   * A known person written in lower case right after a title ("President obama", "Chancellor
   * merkel"): the title says a person follows, so "bush" after "President" is the person while
   * "bush" alone stays a plant. The title itself must be written with a capital.
   */
  private Gazetteer.Match personAfterTitle(TokenText tt, int i) {
    if (i == 0 || i == tt.sentenceStart(i) || !tt.isCapitalised(i - 1)) {
      return null;
    }
    RoleLexicon.Role title = dictionaries.roles().get(tt.word(i - 1));
    if (title == null || !title.kinds().contains(Kind.TITLE)) {
      return null;
    }
    Gazetteer.Match m = dictionaries.gazetteer().longestAt(tt, i, tt.sentenceEnd(i), true);
    return m != null && m.entry().kind() == GazetteerEntry.Kind.PERSON
        ? new Gazetteer.Match(m.first(), m.end(), m.entry().inRole(title.role(), dictionaries::isCountryCode)) : null;
  }

  /**
   * A body every state has written in lower case right after its country ("the Afghan foreign
   * ministry", "Iran's interior ministry"): the country says which state's body it is, as the
   * capitals do in "Turkish Foreign Ministry".
   */
  private Gazetteer.Match ownedBodyInLowerCase(TokenText tt, int i) {
    if (i == 0 || tt.isCapitalised(i)) {
      return null;
    }
    Gazetteer.Match m = dictionaries.gazetteer().longestAt(tt, i, tt.sentenceEnd(i), true);
    boolean owned = m != null && m.entry().kind() == GazetteerEntry.Kind.CONTEXT_ORG
        && reader.countryEndingAt(tt, i, tt.sentenceStart(i)) != null;
    return owned ? m : null;
  }

  /**
   * True when an organisation or country match is only the end of a longer name: a capitalised word
   * right before it, inside the sentence, that no dictionary, title list or form of address knows
   * ("National Security Council" is not the UN's Security Council; "Inner Mongolia", "New Mexico"
   * are not those countries). A capitalised article ("The" after a dateline's colon) starts no name,
   * and a word that is a title only inside a longer one ("National" of "national security adviser")
   * is no title: "The National Security Council" is a national body, not the UN's.
   */
  private boolean partOfLongerName(TokenText tt, Gazetteer.Match m) {
    GazetteerEntry.Kind kind = m.entry().kind();
    int k = m.first() - 1;
    if (kind == GazetteerEntry.Kind.PERSON || kind == GazetteerEntry.Kind.CONTEXT_ORG || k < tt.sentenceStart(m.first())) {
      return false;
    }
    String w = tt.word(k);
    if (!tt.isCapitalised(k) || !w.chars().allMatch(Character::isLetter) || REGIONAL.contains(tt.lower(k))
        || ARTICLES.contains(tt.lower(k))
        || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
        || k == tt.sentenceStart(m.first()) && tt.ner(k).equals("O")) {
      return false;
    }
    return dictionaries.roles().get(w) == null && !HONORIFICS.contains(tt.lower(k))
        && dictionaries.gazetteer().longestEndingAt(tt, k + 1, tt.sentenceStart(k)) == null
        && !tt.ner(k).equals("PERSON");
  }

  /**
   * A known person's form right after a capitalised word of the same sentence that is no title,
   * honorific or dictionary name and does not begin as the person's own first name does ("Joseph"
   * for "Joe Biden"): another person's first name ("Keron Blair" is not Tony Blair).
   */
  static boolean afterAnotherName(EntityDictionaries dictionaries, TokenText tt, int first, String name) {
    int k = first - 1;
    if (k < tt.sentenceStart(first) || !tt.isCapitalised(k) || !tt.word(k).chars().allMatch(Character::isLetter)
        || HONORIFICS.contains(tt.lower(k)) || tt.lower(k).charAt(0) == Character.toLowerCase(name.charAt(0))) {
      return false;
    }
    RoleLexicon.Role role = dictionaries.roles().get(tt.word(k));
    return role == null && dictionaries.gazetteer().longestEndingAt(tt, first, tt.sentenceStart(first)) == null;
  }

  private void addGroup(List<Candidate> out, TokenText tt, RoleLexicon.Match g, boolean title) {
    Candidate c = g == null ? null : groups.find(tt, g, title);
    if (c != null) {
      out.add(c);
    }
  }

  private Candidate fromEntry(TokenText tt, Gazetteer.Match m, int datelineEnd) {
    GazetteerEntry e = m.entry();
    String country = dictionaries.countries().name(e.country() == null ? "" : e.country());
    return switch (e.kind()) {
      case COUNTRY, DEMONYM -> candidate(m, Candidate.DICTIONARY, "COUNTRY", e.name(), e.country(), e.country());
      case PLACE -> candidate(m, Candidate.DICTIONARY, "LOCATION", e.name(), e.country(), null);
      case ORG -> candidate(m, Candidate.DICTIONARY, namedPerson(tt, m) ? "PERSON" : "ORGANIZATION", e.name(),
          e.country(), e.actor());
      case PERSON -> candidate(m, Candidate.DICTIONARY, "PERSON", e.name(), e.country(), e.actor());
      case CAPITAL, SEAT -> {
        if (isPlace(tt, m, datelineEnd)) {
          yield candidate(m, Candidate.DICTIONARY, "LOCATION", e.name(), e.country(), null);
        }
        yield e.kind() == GazetteerEntry.Kind.CAPITAL
            ? candidate(m, Candidate.DICTIONARY, "COUNTRY", country, e.country(), e.actor())
            : candidate(m, Candidate.DICTIONARY, "ORGANIZATION", e.name(), e.country(), e.actor());
      }
      case CONTEXT_ORG -> {
        Affiliation a = reader.contextOrganization(tt, m, tt.sentenceStart(m.first()));
        boolean fromDateline = a.first() == m.first() && a.end() == m.end();
        yield new Candidate(a.first(), a.end(), Candidate.CONTEXT, "ORGANIZATION", a.name(), null, null,
            a.country(), a.actor(), fromDateline ? "dateline" : "name");
      }
    };
  }

  /** True when the annotator calls every word of the match a person (an undated person of a converted table). */
  private static boolean namedPerson(TokenText tt, Gazetteer.Match m) {
    if (m.end() - m.first() < 2) {
      return false;
    }
    for (int i = m.first(); i < m.end(); i++) {
      if (!tt.ner(i).equals("PERSON")) {
        return false;
      }
    }
    return true;
  }

  private static Candidate candidate(Gazetteer.Match m, int priority, String type, String name,
      String country, String actor) {
    return new Candidate(m.first(), m.end(), priority, type, name, null, null, country, actor);
  }

  private static boolean isPlace(TokenText tt, Gazetteer.Match m, int datelineEnd) {
    if (m.first() < datelineEnd) {
      return true;
    }
    int before = m.first() - 1;
    if (before >= 0 && tt.lower(before).equals("the")) {
      before--;
    }
    // "according to the Pentagon" names a source, not where something is
    boolean source = before >= 1 && tt.lower(before).equals("to") && tt.lower(before - 1).equals("according");
    if (before >= 0 && LOCATIVE.contains(tt.lower(before)) && !source) {
      return true;
    }
    if (before >= 1 && tt.lower(before).equals("for") && (SETTING_OUT.contains(tt.lower(before - 1))
        || before >= 2 && tt.lower(before - 1).equals("off") && SETTING_OUT.contains(tt.lower(before - 2)))) {
      return true;
    }
    int after = m.end() < tt.size() && tt.word(m.end()).equals("-") ? m.end() + 1 : m.end();
    return after < tt.size() && PLACE_NOUNS.contains(tt.lower(after));
  }
}
