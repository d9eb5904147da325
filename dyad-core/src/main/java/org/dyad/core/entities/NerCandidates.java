package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dyad.model.nlp.NerMention;

/**
 * Candidates from the annotator's mentions, after fixing what it gets wrong on this news: names
 * split at hyphens are joined, pronouns are dropped, and a mention that is exactly a dictionary
 * phrase ("Daesh" tagged PERSON) is left to the dictionary. A LOCATION followed or headed by an
 * organisation word ("... Movement party") becomes an ORGANIZATION. MISC mentions not in the
 * dictionaries give nothing.
 */
final class NerCandidates {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "i", "me",
      "we", "us", "you", "they", "them", "it", "who", "himself", "herself");
  private final EntityDictionaries dictionaries;
  private final AffiliationReader reader;
  private final PersonRoleFinder persons;

  NerCandidates(EntityDictionaries dictionaries, AffiliationReader reader, PersonRoleFinder persons) {
    this.dictionaries = dictionaries;
    this.reader = reader;
    this.persons = persons;
  }

  List<Candidate> from(TokenText tt, List<NerMention> mentions) {
    List<Candidate> out = new ArrayList<>();
    for (NerMention m : joinHyphenated(tt, mentions)) {
      Candidate c = candidate(tt, m.firstToken(), m.endToken(), m.type());
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private Candidate candidate(TokenText tt, int f, int e, String type) {
    Gazetteer.Match exact = dictionaries.gazetteer().longestAt(tt, f, e);
    if (exact != null && exact.end() == e && exact.entry().kind() != GazetteerEntry.Kind.PERSON) {
      return null;
    }
    switch (type) {
      case "PERSON": {
        if (e - f == 1 && PRONOUNS.contains(tt.lower(f))) {
          return null;
        }
        if (e - f == 1 && otherFirstNameBefore(tt, f)) {
          f--;
        }
        PersonRole r = persons.find(tt, f, e);
        String name = tt.text(r.nameFirst(), e).replaceAll("\\s+", " ");
        GazetteerEntry known = knownPerson(tt, r.nameFirst(), e);
        if (known != null && (r.actor() == null || r.country() == null)) {
          known = r.title() == null || "ELI".equals(r.actor()) ? known : known.inRole(r.actor(), dictionaries::isCountryCode);
          return new Candidate(r.first(), e, Candidate.PERSON, "PERSON", known.name(), r.title(), r.affiliation(),
              known.country(), known.actor());
        }
        return new Candidate(r.first(), e, Candidate.PERSON, "PERSON", name, r.title(), r.affiliation(),
            r.country(), r.actor());
      }
      case "ORGANIZATION":
      case "LOCATION": {
        int end = e < tt.size() && isHead(tt, e) ? e + 1 : e;
        if (type.equals("LOCATION") && end == e && dictionaries.roles().headRole(tt, f, e) == null) {
          return new Candidate(f, e, Candidate.ANNOTATOR, "LOCATION", tt.text(f, e).replaceAll("\\s+", " "),
              null, null, null, null);
        }
        Affiliation a = reader.annotatedOrganization(tt, f, end);
        return new Candidate(f, end, Candidate.ANNOTATOR, "ORGANIZATION", a.name(), null, null, a.country(),
            a.actor());
      }
      default:
        return null;
    }
  }

  /**
   * A one-word person the annotator found that is a known person's surname ("Blair") right after a
   * capitalised word it left out that is another first name ("Keron Blair"): the name is both words.
   */
  private boolean otherFirstNameBefore(TokenText tt, int f) {
    GazetteerEntry known = dictionaries.gazetteer().get(tt.word(f));
    return known != null && known.kind() == GazetteerEntry.Kind.PERSON && f > 0
        && tt.ner(f - 1).equals("O") && DictionaryMatcher.afterAnotherName(dictionaries, tt, f, known.name());
  }

  /** The person dictionary's entry for the name over {@code [f, e)}, or null; a role the text gives with a country (a "former" title) wins over it. */
  private GazetteerEntry knownPerson(TokenText tt, int f, int e) {
    if (f >= e) {
      return null;
    }
    Gazetteer.Match m = dictionaries.gazetteer().longestAt(tt, f, e);
    GazetteerEntry known = null;
    if (m != null && m.end() == e && m.entry().kind() == GazetteerEntry.Kind.PERSON) {
      known = m.entry();
    } else {
      // the annotator says these words name a person: a known name in any casing ("President obama")
      GazetteerEntry any = dictionaries.gazetteer().get(tt.text(f, e));
      known = any != null && any.kind() == GazetteerEntry.Kind.PERSON ? any : null;
    }
    return known == null || DictionaryMatcher.afterAnotherName(dictionaries, tt, f, known.name()) ? null : known;
  }

  private boolean isHead(TokenText tt, int i) {
    RoleLexicon.Role r = dictionaries.roles().get(tt.word(i));
    return r != null && r.kinds().contains(RoleLexicon.Kind.HEAD);
  }

  /**
   * Valid mentions in token order, with mentions of one type that only hyphens and glued pieces
   * separate ("Habib" "-ur-" "Rahman") joined into one.
   */
  static List<NerMention> joinHyphenated(TokenText tt, List<NerMention> mentions) {
    List<NerMention> valid = new ArrayList<>();
    for (NerMention m : mentions) {
      if (m.firstToken() >= 0 && m.firstToken() < m.endToken() && m.endToken() <= tt.size()) {
        valid.add(m);
      }
    }
    valid.sort(Comparator.comparingInt(NerMention::firstToken));
    List<NerMention> out = new ArrayList<>();
    for (NerMention m : valid) {
      NerMention last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.type().equals(m.type()) && hyphenGap(tt, last.endToken(), m.firstToken())) {
        out.set(out.size() - 1, new NerMention(last.start(), m.end(), last.firstToken(), m.endToken(),
            m.type(), tt.text(last.firstToken(), m.endToken())));
      } else if (last == null || m.firstToken() >= last.endToken()) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean hyphenGap(TokenText tt, int from, int to) {
    if (to < from || to == 0) {
      return false;
    }
    String gap = tt.fullText().substring(tt.end(from - 1), tt.start(to));
    return !gap.isEmpty() && gap.chars().noneMatch(Character::isWhitespace) && gap.contains("-");
  }
}
