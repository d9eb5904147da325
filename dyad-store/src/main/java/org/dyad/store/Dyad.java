package org.dyad.store;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pair of actors, as {@code AFG:RUS}. Each side is a country ({@code RUS}, matching every actor of
 * that country), a full actor code ({@code RUSGOV}, matching that code and its sub-codes), or
 * {@code *} for anyone. Undirected unless asked: {@code AFG:RUS} matches events either way.
 */
public record Dyad(String a, String b, boolean directed) {
  private static final Pattern SIDE = Pattern.compile("\\*|[A-Z]{3}[A-Z0-9]*");

  public Dyad {
    check(a);
    check(b);
  }

  private static void check(String side) {
    if (side == null || !SIDE.matcher(side).matches()) {
      throw new IllegalArgumentException("bad dyad side '" + side + "': want a country (RUS), an actor code (RUSGOV) or *");
    }
  }

  /** Parses {@code A:B}; sides are upper-cased. */
  public static Dyad parse(String text, boolean directed) {
    String[] parts = text.strip().toUpperCase(Locale.ROOT).split(":", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("bad dyad '" + text + "': want two actors joined by ':', such as AFG:RUS");
    }
    return new Dyad(parts[0], parts[1], directed);
  }

  /** Adds this dyad's condition on the events table's source and target columns. */
  Where addTo(Where where) {
    String forward = "(" + side("source") + " AND " + side("target") + ")";
    String backward = "(" + side("target") + " AND " + side("source") + ")";
    if (directed) {
      return where.add(forward, a, a, a, b, b, b);
    }
    return where.add("(" + forward + " OR " + backward + ")", a, a, a, b, b, b, a, a, a, b, b, b);
  }

  private static String side(String column) {
    return "(? = '*' OR e." + column + "_country = ? OR e." + column + "_actor LIKE ? || '%')";
  }

  @Override
  public String toString() {
    return a + ":" + b;
  }
}
