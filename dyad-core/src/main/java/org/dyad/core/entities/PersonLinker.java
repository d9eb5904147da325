package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links later mentions of a person to the full mention: "Peskov" after "Kremlin spokesman Dmitry
 * Peskov" gets the same name, title, affiliation, country and actor. A mention keeps what it says
 * itself and takes the rest from the nearest earlier full mention with that surname (or the first
 * later one). Capitalised tokens equal to a known surname that the annotator missed are added.
 * Pronouns are left alone.
 */
final class PersonLinker {
  private final RoleLexicon roles;
  private final Gazetteer gazetteer;

  PersonLinker(EntityDictionaries dictionaries) {
    this.roles = dictionaries.roles();
    this.gazetteer = dictionaries.gazetteer();
  }

  List<Candidate> link(TokenText tt, List<Candidate> chosen) {
    Map<String, List<Candidate>> bySurname = new HashMap<>();
    for (Candidate c : chosen) {
      if (c.type().equals("PERSON") && c.name().contains(" ")) {
        bySurname.computeIfAbsent(surname(c.name()), k -> new ArrayList<>()).add(c);
      }
    }
    if (bySurname.isEmpty()) {
      return chosen;
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : chosen) {
      Candidate full = c.type().equals("PERSON") ? fullFor(c, bySurname) : null;
      out.add(full == null || full == c ? c : merge(c, full));
    }
    boolean[] taken = MentionSelector.taken(out, tt.size());
    for (int j = 0; j < tt.size(); j++) {
      List<Candidate> known = bySurname.get(tt.lower(j));
      if (known != null && !taken[j] && tt.isCapitalised(j) && !roles.isRoleWord(tt, j)
          && gazetteer.get(tt.word(j)) == null && tt.ner(j).matches("O|PERSON")) {
        Candidate probe = new Candidate(j, j + 1, Candidate.LINKED, "PERSON", tt.word(j), null, null, null, null);
        out.add(merge(probe, nearest(probe, known)));
      }
    }
    out.sort(Comparator.comparingInt(Candidate::first));
    return out;
  }

  private static Candidate fullFor(Candidate c, Map<String, List<Candidate>> bySurname) {
    List<Candidate> known = bySurname.get(surname(c.name()));
    if (known == null) {
      return null;
    }
    if (c.name().contains(" ")) {
      known = known.stream().filter(k -> k.name().equalsIgnoreCase(c.name())).toList();
    }
    return known.isEmpty() ? null : nearest(c, known);
  }

  /** The nearest earlier full mention, else the first one. */
  private static Candidate nearest(Candidate c, List<Candidate> known) {
    Candidate best = null;
    for (Candidate k : known) {
      if (k.first() < c.first() && (k.title() != null || best == null || best.title() == null)) {
        best = k;
      }
    }
    return best != null ? best : known.get(0);
  }

  private static Candidate merge(Candidate c, Candidate full) {
    return new Candidate(c.first(), c.end(), c.priority(), "PERSON", full.name(),
        c.title() != null ? c.title() : full.title(),
        c.affiliation() != null ? c.affiliation() : full.affiliation(),
        c.country() != null ? c.country() : full.country(),
        c.title() != null && c.actor() != null ? c.actor() : full.actor() != null ? full.actor() : c.actor());
  }

  static String surname(String name) {
    String[] parts = name.split(" ");
    return parts[parts.length - 1].toLowerCase(Locale.ROOT);
  }
}
