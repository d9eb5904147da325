package org.dyad.core.entities;

/**
 * What a title or group noun belongs to: a country ("Russia's", "Afghan"), a place, or an
 * institution ("Kremlin", "Taliban", "Foreign Ministry"), over tokens {@code [first, end)}.
 *
 * @param name the canonical name of an institution or place; null for a plain country
 * @param country ISO alpha-3 code, or null
 * @param actor the institution's own actor code, or the country code; null when unknown
 * @param institution true for organisations and seats of power, whose actor code wins over a title's role
 */
record Affiliation(int first, int end, String name, String country, String actor, boolean institution) {
  /** Country + role, the role alone, the country alone, or null. */
  static String compose(String country, String role) {
    if (country == null) {
      return role;
    }
    return role == null ? country : country + role;
  }

  /** The actor for a title or group noun with {@code role} that belongs here. */
  String actorFor(String role) {
    if (institution && actor != null) {
      return actor;
    }
    return compose(country, role);
  }
}
