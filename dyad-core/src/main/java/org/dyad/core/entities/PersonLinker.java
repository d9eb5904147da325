package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links later mentions of a person to the full mention: "Peskov" after "Kremlin spokesman Dmitry
 * Peskov" gets the same name, title, affiliation, country and actor. A mention keeps what it says
 * itself and takes the rest from the nearest earlier full mention with that surname (or the first
 * later one). Capitalised tokens equal to a known surname that the annotator missed are added.
 * Pronouns are left alone.
 *
 * <p>A name whose family name comes first ("Wang Yi", "Tsai Ing-wen": see {@link #familyNames}) is
 * found by either part. When one surname fits two people of the article ("Wang" after "Wang Wenbin"
 * and "Wang Yi"), the one mentioned most often so far wins; on a tie the mention stays unresolved
 * (its name is the surname alone), since a guess would be wrong half the time.
 */
final class PersonLinker {
  /** Countries whose names are written family name first in English copy. */
  private static final Set<String> FAMILY_FIRST = Set.of("CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM");
  private final RoleLexicon roles;
  private final Gazetteer gazetteer;

  PersonLinker(EntityDictionaries dictionaries) {
    this.roles = dictionaries.roles();
    this.gazetteer = dictionaries.gazetteer();
  }

  List<Candidate> link(TokenText tt, List<Candidate> chosen) {
    Map<String, List<Candidate>> bySurname = new HashMap<>();
    for (Candidate c : chosen) {
      if (isFull(c)) {
        for (String key : familyNames(c)) {
          bySurname.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
      }
    }
    if (bySurname.isEmpty()) {
      return chosen;
    }
    List<Candidate> all = new ArrayList<>(chosen);
    all.addAll(missedSurnames(tt, chosen, bySurname));
    all.sort(Comparator.comparingInt(Candidate::first));
    Map<String, Integer> seen = new HashMap<>();
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate each : all) {
      Candidate namesake = each.type().equals("PERSON") ? namesakeBefore(each, bySurname) : null;
      Candidate c = namesake != null ? each.unidentified() : each;
      Candidate full = namesake != null ? namesake : c.type().equals("PERSON") ? fullFor(c, bySurname, seen) : null;
      Candidate linked = full == null || full == c ? c : merge(c, full);
      if (linked.type().equals("PERSON") && linked.name().contains(" ")) {
        seen.merge(linked.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
      out.add(linked);
    }
    return out;
  }

  /** Capitalised tokens equal to a known surname that no chosen mention covers. */
  private List<Candidate> missedSurnames(TokenText tt, List<Candidate> chosen, Map<String, List<Candidate>> bySurname) {
    boolean[] taken = MentionSelector.taken(chosen, tt.size());
    List<Candidate> probes = new ArrayList<>();
    for (int j = 0; j < tt.size(); j++) {
      if (bySurname.containsKey(tt.lower(j)) && !taken[j] && tt.isCapitalised(j) && !roles.isRoleWord(tt, j)
          && gazetteer.get(tt.word(j)) == null && tt.ner(j).matches("O|PERSON")) {
        probes.add(new Candidate(j, j + 1, Candidate.LINKED, "PERSON", tt.word(j), null, null, null, null));
      }
    }
    return probes;
  }

  private static Candidate fullFor(Candidate c, Map<String, List<Candidate>> bySurname, Map<String, Integer> seen) {
    if (isFull(c)) {
      List<Candidate> same = bySurname.getOrDefault(surname(c.name()), List.of()).stream()
          .filter(k -> k.name().equalsIgnoreCase(c.name())).toList();
      return same.isEmpty() ? null : nearest(c, same);
    }
    List<Candidate> known = bySurname.get(c.name().toLowerCase(Locale.ROOT));
    if (known == null) {
      return null;
    }
    List<Candidate> before = known.stream().filter(k -> k.first() < c.first()).toList();
    List<Candidate> pool = before.isEmpty() ? known : before;
    String person = mostSalient(pool, seen);
    return person == null ? null : nearest(c, pool.stream().filter(k -> k.name().equalsIgnoreCase(person)).toList());
  }

  /**
   * For a surname alone that the dictionary took for a known person ("Blair" as Tony Blair), the
   * nearest person written out before it with that surname when that is someone else ("Keron
   * Blair"): here the surname is theirs. Null otherwise.
   */
  private static Candidate namesakeBefore(Candidate c, Map<String, List<Candidate>> bySurname) {
    if (!isFull(c) || c.end() - c.first() != 1) {
      return null;
    }
    Candidate nearest = null;
    for (Candidate k : bySurname.getOrDefault(surname(c.name()), List.of())) {
      if (k.first() < c.first() && k.end() - k.first() > 1 && (nearest == null || k.first() > nearest.first())) {
        nearest = k;
      }
    }
    return nearest == null || nearest.name().equalsIgnoreCase(c.name()) ? null : nearest;
  }

  /** The one person of {@code pool} mentioned most often so far, or null on a tie between people. */
  private static String mostSalient(List<Candidate> pool, Map<String, Integer> seen) {
    Set<String> people = new LinkedHashSet<>();
    pool.forEach(k -> people.add(k.name().toLowerCase(Locale.ROOT)));
    int most = people.stream().mapToInt(p -> seen.getOrDefault(p, 0)).max().orElse(0);
    List<String> top = people.stream().filter(p -> seen.getOrDefault(p, 0) == most).toList();
    return top.size() == 1 ? top.get(0) : null;
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
        c.title() != null && c.actor() != null ? c.actor() : full.actor() != null ? full.actor() : c.actor(),
        c.country() != null ? c.source() : full.source());
  }

  private static boolean isFull(Candidate c) {
    return c.type().equals("PERSON") && c.name().contains(" ");
  }

  /**
   * The parts of a full name a later mention may use alone: the last word, and the first word too
   * when the person is from a country that writes the family name first or the name ends in a
   * hyphenated given name ("Su Tseng-chang").
   */
  static Set<String> familyNames(Candidate c) {
    String[] parts = c.name().split(" ");
    String last = parts[parts.length - 1];
    Set<String> keys = new LinkedHashSet<>();
    keys.add(last.toLowerCase(Locale.ROOT));
    boolean familyFirst = c.country() != null && FAMILY_FIRST.contains(c.country()) || last.matches("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
    if (familyFirst && parts.length <= 3) {
      keys.add(parts[0].toLowerCase(Locale.ROOT));
    }
    return keys;
  }

  static String surname(String name) {
    String[] parts = name.split(" ");
    return parts[parts.length - 1].toLowerCase(Locale.ROOT);
  }
}
