package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A title holder of a body the article named before: "Ministry spokesman X" or "the ministry's deputy
 * spokesman X" after "Iran's foreign ministry", "an army spokesman" after "the Pakistani army". Without a
 * country of its own, the title holder takes the body's country and actor code (its country reached by
 * the organisation). The body word is a head word of organisation names (roles.tsv kind {@code head}:
 * ministry, army, police, party ...) inside the title or right before it ("the ministry's"); the body
 * is the nearest mention before it that has a country and that word among its words or in its name.
 */
final class BodyTitleLinker {
  private static final Set<String> POSSESSIVE = Set.of("'s", "\u2019s");
  private final RoleLexicon roles;

  BodyTitleLinker(RoleLexicon roles) {
    this.roles = roles;
  }

  List<Candidate> link(TokenText tt, List<Candidate> chosen) {
    List<Candidate> out = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      boolean titled = c.title() != null && (c.type().equals("PERSON") || c.type().equals("GROUP"));
      int body = titled && c.country() == null ? bodyWord(tt, c) : -1;
      Candidate owner = body < 0 ? null : nearestBefore(tt, chosen, body, tt.lower(body));
      out.add(owner == null ? c : new Candidate(c.first(), c.end(), c.priority(), c.type(), c.name(), c.title(),
          owner.name(), owner.country(), owner.actor(), "organisation"));
    }
    return out;
  }

  /**
   * Adds the definite descriptions of a body named before: "the ministry" (its noun phrase ends there) after
   * "Taiwan's defence ministry" is that ministry, with its name, country and actor code (the country
   * reached by the organisation). A description without such a body before it, or one that goes on ("the
   * ministry of health", "the ministry's spokesman", "the army chief"), adds nothing.
   */
  List<Candidate> definite(TokenText tt, List<Candidate> chosen) {
    List<Candidate> added = new ArrayList<>();
    for (int i = 1; i < tt.size(); i++) {
      if (!tt.lower(i - 1).equals("the") || !isHead(tt, i) || !endsPhrase(tt, i + 1) || covered(chosen, i - 1, i + 1)) {
        continue;
      }
      Candidate owner = lastWithWord(tt, chosen, added, i - 1, tt.lower(i));
      if (owner != null) {
        added.add(new Candidate(i - 1, i + 1, Candidate.LINKED, owner.type().equals("GROUP") ? "GROUP" : "ORGANIZATION",
            owner.name(), owner.title(), owner.affiliation(), owner.country(), owner.actor(), "organisation"));
      }
    }
    if (added.isEmpty()) {
      return chosen;
    }
    List<Candidate> out = new ArrayList<>(chosen);
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(Candidate::first));
    return out;
  }

  /**
   * The mention holding the last token before {@code before} that is {@code word}, when it is a body with a
   * country and an actor; null when that word is in no such mention (an uncoded body comes between).
   */
  private static Candidate lastWithWord(TokenText tt, List<Candidate> chosen, List<Candidate> added, int before, String word) {
    for (int k = before - 1; k >= 0; k--) {
      if (!tt.lower(k).equals(word)) {
        continue;
      }
      int at = k;
      Candidate holder = java.util.stream.Stream.concat(chosen.stream(), added.stream())
          .filter(c -> c.overlaps(at, at + 1)).findFirst().orElse(null);
      boolean body = holder != null && holder.country() != null && holder.actor() != null && !holder.type().equals("PERSON");
      return body ? holder : null;
    }
    return null;
  }

  /** True when token {@code i} does not go on with the noun phrase before it (no noun, possessive or "of"). */
  private static boolean endsPhrase(TokenText tt, int i) {
    if (i >= tt.size() || i >= tt.sentenceEnd(i - 1)) {
      return true;
    }
    String pos = tt.pos(i);
    return !pos.startsWith("NN") && !pos.equals("POS") && !POSSESSIVE.contains(tt.lower(i)) && !tt.lower(i).equals("of");
  }

  private static boolean covered(List<Candidate> chosen, int first, int end) {
    return chosen.stream().anyMatch(c -> c.overlaps(first, end));
  }

  /** The token of a body's head word in the title or right before it ("the ministry's"), or -1. */
  private int bodyWord(TokenText tt, Candidate c) {
    for (int i = c.first(); i < c.end(); i++) {
      if (isHead(tt, i)) {
        return i;
      }
    }
    int k = c.first() - 1;
    if (k >= 0 && POSSESSIVE.contains(tt.lower(k))) {
      k--;
    }
    return k >= tt.sentenceStart(c.first()) && isHead(tt, k) ? k : -1;
  }

  private boolean isHead(TokenText tt, int i) {
    RoleLexicon.Role r = roles.get(tt.word(i));
    return r != null && r.kinds().contains(RoleLexicon.Kind.HEAD);
  }

  /** The last mention ending before {@code before} with a country and an actor that has the word. */
  private static Candidate nearestBefore(TokenText tt, List<Candidate> chosen, int before, String word) {
    Candidate found = null;
    for (Candidate b : chosen) {
      if (b.end() > before || b.country() == null || b.actor() == null || b.type().equals("PERSON")) {
        continue;
      }
      boolean has = b.name() != null && b.name().toLowerCase(java.util.Locale.ROOT).contains(word);
      for (int i = b.first(); i < b.end() && !has; i++) {
        has = tt.lower(i).equals(word);
      }
      if (has) {
        found = b;
      }
    }
    return found;
  }
}
