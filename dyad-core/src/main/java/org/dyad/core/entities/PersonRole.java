package org.dyad.core.entities;

/**
 * What the words around a person's name say about them.
 *
 * @param first first token of the mention, including a title before the name
 * @param nameFirst first token of the name itself
 * @param title the title as written ("special envoy for Afghanistan"), or null
 * @param affiliation the institution the title belongs to ("Kremlin", "Taliban"), or null
 * @param country ISO alpha-3 code, or null
 * @param actor CAMEO-style actor code, or null
 */
record PersonRole(int first, int nameFirst, String title, String affiliation, String country, String actor) {
  /** Builds a role from a title, its role code, "former", and what it belongs to. */
  static PersonRole of(int first, int nameFirst, String title, String role, boolean former, Affiliation aff) {
    String r = former ? "ELI" : role;
    String country = aff == null ? null : aff.country();
    // a title of an organisation no dictionary codes ("president of the teachers' union") says nothing of its role
    String actor = aff == null ? r : aff.institution() && aff.actor() == null ? null : aff.actorFor(r);
    String affiliation = aff != null && aff.institution() ? aff.name() : null;
    return new PersonRole(first, nameFirst, title, affiliation, country, actor);
  }

  /** This role with missing fields taken from {@code other}. */
  PersonRole orElse(PersonRole other) {
    if (other == null) {
      return this;
    }
    return new PersonRole(first, nameFirst, title != null ? title : other.title,
        affiliation != null ? affiliation : other.affiliation, country != null ? country : other.country,
        actor != null ? actor : other.actor);
  }

  /**
   * This role in {@code other}'s country when it has none: "X, a cleric, ... sworn in as Iran's
   * president" keeps "cleric" and takes Iran. Without a title of its own it takes {@code other}'s.
   */
  PersonRole inCountryOf(PersonRole other) {
    if (other == null || country != null || other.country == null) {
      return this;
    }
    if (title == null) {
      return new PersonRole(first, nameFirst, other.title, other.affiliation, other.country, other.actor);
    }
    String a = actor == null || RoleLexicon.ROLES.contains(actor) ? Affiliation.compose(other.country, actor) : actor;
    return new PersonRole(first, nameFirst, title, affiliation, other.country, a);
  }
}
