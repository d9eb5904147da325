package org.dyad.core.entities;

import org.dyad.model.EntityMention;

/**
 * A possible mention over tokens {@code [first, end)} with what it resolves to. Overlapping
 * candidates compete in {@link MentionSelector}: longer first, then higher priority.
 */
record Candidate(int first, int end, int priority, String type, String name, String title,
    String affiliation, String country, String actor) {
  static final int PERSON = 50;
  static final int AGENT = 45;
  static final int GROUP = 40;
  static final int CONTEXT = 35;
  static final int DICTIONARY = 30;
  static final int ANNOTATOR = 20;
  /** A group noun alone ("police"): any name the annotator found over the same words wins. */
  static final int BARE_GROUP = 15;
  static final int LINKED = 10;

  Candidate {
    if (end <= first || first < 0) {
      throw new IllegalArgumentException("bad token range [" + first + "," + end + ")");
    }
  }

  int length() {
    return end - first;
  }

  boolean overlaps(int from, int to) {
    return first < to && from < end;
  }

  /** This candidate's span with another's identity (name, type, roles). */
  Candidate as(Candidate other) {
    return new Candidate(first, end, priority, other.type, other.name, other.title, other.affiliation,
        other.country, other.actor);
  }

  /** This candidate without the country and actor a dictionary gave it (its name is about to be replaced). */
  Candidate unidentified() {
    return new Candidate(first, end, priority, type, name, title, affiliation, null, null);
  }

  /** This candidate in {@code country}: a bare role code becomes country + role. */
  Candidate inCountry(String country) {
    String a = actor == null || RoleLexicon.ROLES.contains(actor) ? Affiliation.compose(country, actor) : actor;
    return new Candidate(first, end, priority, type, name, title, affiliation, country, a);
  }

  /** Another's identity over tokens {@code [from, to)}. */
  static Candidate at(int from, int to, Candidate identity) {
    return new Candidate(from, to, LINKED, identity.type, identity.name, identity.title,
        identity.affiliation, identity.country, identity.actor);
  }

  EntityMention toMention(TokenText tt) {
    int start = tt.start(first);
    int stop = tt.end(end - 1);
    return new EntityMention(start, stop, tt.fullText().substring(start, stop), type, name, title,
        affiliation, country, actor);
  }
}
