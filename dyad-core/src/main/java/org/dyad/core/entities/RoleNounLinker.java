package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.core.entities.RoleLexicon.Kind;

/**
 * Links a definite description of a role to the named person it stands for: "The Kremlin spokesman
 * stressed ..." after "Kremlin spokesman Dmitry Peskov", "the envoy" after "special envoy ... Zamir
 * Kabulov". The antecedent is the nearest earlier titled person whose title fits the noun
 * (role-nouns.tsv, else the same word) and whose country fits a modifier of the description
 * ("the Russian diplomat" needs a Russian); "the president" is no vice-president. Without such a person the words are left as they were.
 */
final class RoleNounLinker {
  private static final int MAX_WORDS = 5;
  private static final Map<String, List<String>> TITLES = load();
  private final RoleLexicon roles;
  private final AffiliationReader reader;

  RoleNounLinker(EntityDictionaries dictionaries, AffiliationReader reader) {
    this.roles = dictionaries.roles();
    this.reader = reader;
  }

  List<Candidate> link(TokenText tt, List<Candidate> chosen) {
    List<Candidate> titled = chosen.stream().filter(c -> c.type().equals("PERSON") && c.title() != null).toList();
    if (titled.isEmpty()) {
      return chosen;
    }
    List<Candidate> out = new ArrayList<>(chosen);
    for (int j = 0; j < tt.size(); j++) {
      if (!tt.lower(j).equals("the")) {
        continue;
      }
      Candidate linked = describe(tt, j, titled, out);
      if (linked != null) {
        out.removeIf(c -> c.first() >= linked.first() && c.end() <= linked.end());
        out.add(linked);
      }
    }
    out.sort(Comparator.comparingInt(Candidate::first));
    return out;
  }

  /** The person "the ... NOUN" at token {@code the} stands for, over its tokens; null when none fits. */
  private Candidate describe(TokenText tt, int the, List<Candidate> titled, List<Candidate> current) {
    int end = the + 1;
    int limit = Math.min(tt.sentenceEnd(the), the + 1 + MAX_WORDS);
    while (end < limit && (roles.isRoleWord(tt, end) || tt.isCapitalised(end) || tt.lower(end).equals("'s"))) {
      end++;
    }
    RoleLexicon.Match noun = roles.lastIn(tt, the + 1, end, Kind.TITLE);
    int stop = groupEnd(current, the, end);
    if (noun == null || noun.end() != end || !insideOnlyNonPersons(current, the, stop)) {
      return null;
    }
    Affiliation modifier = reader.endingAt(tt, noun.first(), the + 1);
    String country = modifier == null ? null : modifier.country();
    String head = lastWord(tt.key(noun.first(), noun.end()));
    for (int i = titled.size() - 1; i >= 0; i--) {
      Candidate p = titled.get(i);
      if (p.end() <= the && fits(head, p.title()) && (country == null || country.equals(p.country()))) {
        return Candidate.at(the, stop, p);
      }
    }
    return null;
  }

  /** The end of an unnamed title holder that starts inside {@code [the, end)} ("the president of Russia"), else {@code end}. */
  private static int groupEnd(List<Candidate> current, int the, int end) {
    int stop = end;
    for (Candidate c : current) {
      if (c.type().equals("GROUP") && c.first() > the && c.first() < end && c.end() > end) {
        stop = Math.max(stop, c.end());
      }
    }
    return stop;
  }

  /** True when no candidate crosses {@code [from, to)} and none inside it is a person. */
  private static boolean insideOnlyNonPersons(List<Candidate> current, int from, int to) {
    for (Candidate c : current) {
      boolean inside = c.first() >= from && c.end() <= to;
      if (c.overlaps(from, to) && (!inside || c.type().equals("PERSON"))) {
        return false;
      }
    }
    return true;
  }

  static boolean fits(String noun, String title) {
    String t = " " + PhraseKey.of(title).replace('-', ' ') + " ";
    for (String word : TITLES.getOrDefault(noun, List.of(noun))) {
      if (t.contains(" " + word + " ") && !t.contains(" vice " + word + " ")) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String key) {
    return key.substring(key.lastIndexOf(' ') + 1);
  }

  private static Map<String, List<String>> load() {
    TsvTable t = TsvTable.resource("role-nouns.tsv", "noun", "titles");
    Map<String, List<String>> titles = new HashMap<>();
    for (TsvTable.Row r : t.rows()) {
      titles.put(r.get(0).toLowerCase(Locale.ROOT), List.of(r.get(1).toLowerCase(Locale.ROOT).split("\\|")));
    }
    return Map.copyOf(titles);
  }
}
