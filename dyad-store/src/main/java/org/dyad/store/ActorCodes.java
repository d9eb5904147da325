package org.dyad.store;

import java.util.Locale;
import java.util.Set;

/** Splits a CAMEO-style actor code such as {@code RUSGOV} into its country and role parts. */
public final class ActorCodes {
  private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

  private ActorCodes() {
  }

  /** The ISO 3166 alpha-3 country the code starts with, or null ({@code GOV} alone has none). */
  public static String country(String actor) {
    if (actor == null || actor.length() < 3) {
      return null;
    }
    String head = actor.substring(0, 3);
    return COUNTRIES.contains(head) ? head : null;
  }

  /** The role after the country ({@code GOV} of {@code RUSGOV}), the whole code when it has no country, or null. */
  static String role(String actor) {
    if (actor == null || actor.isEmpty()) {
      return null;
    }
    String rest = country(actor) == null ? actor : actor.substring(3);
    return rest.isEmpty() ? null : rest;
  }
}
