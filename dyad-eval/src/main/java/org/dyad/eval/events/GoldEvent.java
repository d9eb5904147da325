package org.dyad.eval.events;

import static java.util.Objects.requireNonNull;

/**
 * One coded event as the PETRARCH gold writes it: CAMEO actor codes and the event code.
 *
 * @param source the source actor code ({@code ---GOV} when the country is unknown)
 * @param target the target actor code, empty when the event has none
 * @param code the CAMEO event code with its leading zero ({@code 0841})
 */
public record GoldEvent(String source, String target, String code) {
  /**
   * Role codes that stand alone when the country is unknown; the gold writes them after {@code ---}
   * (the held-out check's list).
   */
  private static final java.util.Set<String> ROLES = java.util.Set.of(("GOV MIL REB OPP PTY COP JUD LEG CVL BUS MED EDU REL "
      + "HLT NGO IGO SPY ELI CRM UAF LAB AGR REF IMG MNC NGM HRI ENV SEP INS RAD MOD").split(" "));

  public GoldEvent {
    requireNonNull(source, "source is null");
    requireNonNull(target, "target is null");
    requireNonNull(code, "code is null");
    if (code.length() < 2) {
      throw new IllegalArgumentException("not a CAMEO code: '" + code + "'");
    }
  }

  /** The CAMEO root: the first two digits. */
  public String root() {
    return code.substring(0, 2);
  }

  /** The relaxed form: root code and the first three characters (the country) of each actor. */
  public GoldEvent relaxed() {
    return new GoldEvent(country(source), country(target), root());
  }

  /** The country part of an actor code: its first three characters, or the whole code if shorter. */
  public static String country(String actor) {
    return actor.length() <= 3 ? actor : actor.substring(0, 3);
  }

  /**
   * An actor code in the gold's convention: a bare role code ({@code GOV}, a role without a known
   * country) is written {@code ---GOV}; null becomes the empty code.
   */
  public static String normalize(String actor) {
    if (actor == null) {
      return "";
    }
    String upper = actor.toUpperCase(java.util.Locale.ROOT);
    return upper.length() == 3 && ROLES.contains(upper) ? "---" + upper : upper;
  }

  @Override
  public String toString() {
    return "(" + source + "," + target + "," + code + ")";
  }
}
