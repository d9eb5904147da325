package org.dyad.core.entities;

import org.dyad.model.EntityMention;

/**
 * A possible mention over tokens {@code [first, end)} with what it resolves to. Overlapping
 * candidates compete in {@link MentionSelector}: longer first, then higher priority.
 */
record Candidate(int first, int end, int priority, String type, String name, String title,
    String affiliation, String country, String actor, String countryFrom) {
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

  /** A candidate whose country, if any, comes from its own words ({@link #source}). */
  Candidate(int first, int end, int priority, String type, String name, String title, String affiliation,
      String country, String actor) {
    this(first, end, priority, type, name, title, affiliation, country, actor, null);
  }

  /** This candidate with its country reached by {@code how} (an {@code EntityMention.countryFrom} value). */
  Candidate from(String how) {
    return new Candidate(first, end, priority, type, name, title, affiliation, country, actor, how);
  }

  /**
   * How the country was reached: as set, else from the candidate's own words: the name of a country,
   * place, organisation or untitled person; the institution of a title; else the title's or group's words.
   */
  String source() {
    if (country == null) {
      return null;
    }
    if (countryFrom != null) {
      return countryFrom;
    }
    if (affiliation != null) {
      return "organisation";
    }
    boolean titled = type.equals("GROUP") || type.equals("PERSON") && title != null;
    return titled ? "title" : "name";
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
        other.country, other.actor, other.countryFrom);
  }

  /** This candidate without the country and actor a dictionary gave it (its name is about to be replaced). */
  Candidate unidentified() {
    return new Candidate(first, end, priority, type, name, title, affiliation, null, null);
  }

  /** This candidate in {@code country}: a bare role code becomes country + role. */
  Candidate inCountry(String country) {
    String a = actor == null || RoleLexicon.ROLES.contains(actor) ? Affiliation.compose(country, actor) : actor;
    return new Candidate(first, end, priority, type, name, title, affiliation, country, a, "organisation");
  }

  /** Another's identity over tokens {@code [from, to)}. */
  static Candidate at(int from, int to, Candidate identity) {
    return new Candidate(from, to, LINKED, identity.type, identity.name, identity.title,
        identity.affiliation, identity.country, identity.actor, identity.source());
  }

  EntityMention toMention(TokenText tt) {
    int start = tt.start(first);
    int stop = tt.end(end - 1);
    return new EntityMention(start, stop, tt.fullText().substring(start, stop), type, name, title,
        affiliation, country, actor, null, source());
  }
}
