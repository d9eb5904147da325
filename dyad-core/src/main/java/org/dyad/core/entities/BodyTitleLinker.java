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
