package org.dyad.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The team's fixed split of a development set into two halves, as {@code /work/tools/score.py}
 * makes it: an item is in half A (read while writing rules) when the MD5 of its key starts with a
 * hexadecimal digit 0-7, else in half B (never read, only scored); {@code all} keeps both.
 */
enum DevHalf {
  A, B, ALL;

  /** The half named on the command line ({@code A}, {@code B} or {@code all}, any case). */
  static DevHalf of(String name) {
    return switch (name.toUpperCase(Locale.ROOT)) {
      case "A" -> A;
      case "B" -> B;
      case "ALL" -> ALL;
      default -> throw new IllegalArgumentException("not a half (A, B or all): " + name);
    };
  }

  /** Whether the item with this key is in this half. */
  boolean holds(String key) {
    if (this == ALL) {
      return true;
    }
    try {
      byte first = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8))[0];
      char digit = HexFormat.of().toHexDigits(first).charAt(0);
      return (digit <= '7') == (this == A);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from the JDK", e);
    }
  }
}
