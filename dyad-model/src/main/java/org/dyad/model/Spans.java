package org.dyad.model;

/** Checks shared by every record that points into the cleaned text. */
public final class Spans {
  private Spans() {}

  /** Throws unless {@code 0 <= start < end}. */
  public static void check(int start, int end) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
  }

  /** Throws unless {@code tone} is a VADER compound score, in -1..1. */
  public static void checkTone(double tone) {
    if (!(tone >= -1 && tone <= 1)) {
      throw new IllegalArgumentException("tone out of -1..1: " + tone);
    }
  }
}
