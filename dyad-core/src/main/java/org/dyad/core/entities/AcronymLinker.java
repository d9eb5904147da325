package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms defined in the text: "Ministry of Interior (MoI)" makes the "MoI" in parentheses and
 * every later "MoI" the same entity as the name before it. When no mention ends before the
 * parenthesis, capitalised words whose initials spell the acronym become an organisation. A
 * titled person or group named with the acronym ("MoI deputy spokesman X") takes its country.
 */
final class AcronymLinker {
  private static final Set<String> OPEN = Set.of("(", "-LRB-");
  private static final Set<String> CLOSE = Set.of(")", "-RRB-");
  private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "on", "&", "in");
  private final AffiliationReader reader;

  AcronymLinker(AffiliationReader reader) {
    this.reader = reader;
  }

  List<Candidate> link(TokenText tt, List<Candidate> chosen) {
    List<Candidate> out = new ArrayList<>(chosen);
    Map<String, Candidate> defined = new HashMap<>();
    Map<String, Integer> definedAt = new HashMap<>();
    for (int i = 1; i + 2 < tt.size(); i++) {
      String acronym = tt.word(i + 1);
      if (!OPEN.contains(tt.word(i)) || !CLOSE.contains(tt.word(i + 2)) || !isAcronym(acronym)
          || defined.containsKey(acronym)) {
        continue;
      }
      Candidate def = endingAt(out, i);
      if (def == null) {
        def = fromInitials(tt, i, acronym, out);
      }
      if (def != null && !def.type().equals("PERSON")) {
        defined.put(acronym, def);
        definedAt.put(acronym, i);
      }
    }
    if (defined.isEmpty()) {
      return chosen;
    }
    out.replaceAll(c -> {
      Integer at = definedAt.get(tt.text(c.first(), c.end()));
      return at != null && c.first() > at && c.length() == 1 ? c.as(defined.get(tt.word(c.first()))) : c;
    });
    boolean[] taken = MentionSelector.taken(out, tt.size());
    for (int j = 0; j < tt.size(); j++) {
      Integer at = definedAt.get(tt.word(j));
      if (at != null && j > at && !taken[j]) {
        out.add(Candidate.at(j, j + 1, defined.get(tt.word(j))));
      }
    }
    out.replaceAll(c -> c.country() == null ? inCountryOfAcronym(tt, c, defined, definedAt) : c);
    out.sort(Comparator.comparingInt(Candidate::first));
    return out;
  }

  /**
   * A longer mention with a defined acronym inside and no country of its own ("MoI deputy spokesman
   * X" after "Afghanistan's Ministry of Interior (MoI)") takes the country the definition had.
   */
  private static Candidate inCountryOfAcronym(TokenText tt, Candidate c, Map<String, Candidate> defined,
      Map<String, Integer> definedAt) {
    for (int j = c.first(); j < c.end() && c.length() > 1; j++) {
      Integer at = definedAt.get(tt.word(j));
      Candidate def = at != null && j > at ? defined.get(tt.word(j)) : null;
      if (def != null && def.country() != null) {
        return c.inCountry(def.country());
      }
    }
    return c;
  }

  static boolean isAcronym(String word) {
    return word.length() >= 2 && word.length() <= 8 && PhraseKey.capitals(word) >= 2
        && word.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '.' || ch == '-');
  }

  private static Candidate endingAt(List<Candidate> chosen, int token) {
    for (Candidate c : chosen) {
      if (c.end() == token) {
        return c;
      }
    }
    return null;
  }

  /** Capitalised words right before {@code paren} whose initials spell the acronym's capitals. */
  private Candidate fromInitials(TokenText tt, int paren, String acronym, List<Candidate> out) {
    String letters = acronym.replaceAll("[^\\p{Lu}]", "").toLowerCase(java.util.Locale.ROOT);
    StringBuilder initials = new StringBuilder();
    int floor = Math.max(tt.sentenceStart(paren), paren - 12);
    for (int k = paren - 1; k >= floor; k--) {
      if (SMALL_WORDS.contains(tt.lower(k))) {
        continue;
      }
      if (!tt.isCapitalised(k)) {
        return null;
      }
      initials.insert(0, tt.lower(k).charAt(0));
      if (initials.length() == letters.length()) {
        if (!initials.toString().equals(letters)
            || MentionSelector.isTaken(MentionSelector.taken(out, tt.size()), k, paren)) {
          return null;
        }
        Affiliation a = reader.annotatedOrganization(tt, k, paren);
        Candidate c = new Candidate(k, paren, Candidate.LINKED, "ORGANIZATION", a.name(), null, null,
            a.country(), a.actor());
        out.add(c);
        return c;
      }
    }
    return null;
  }
}
