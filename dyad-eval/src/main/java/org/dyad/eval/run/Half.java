package org.dyad.eval.run;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The team's split of every development set in two: an item is in half A (read while writing rules)
 * when the MD5 of its key, in hex, starts with 0-7, else in half B (never read, only scored). The
 * key is the PLV sentence text, the GSR sentence id, the PolNeAR
 * article id or the TempEval document name.
 */
public enum Half {
  A, B, ALL;

  /** The halves reported side by side by default. */
  public static final List<Half> SIDE_BY_SIDE = List.of(A, B, ALL);

  /** The half an item with this key is in: A or B. */
  public static Half of(String key) {
    requireNonNull(key, "key is null");
    try {
      byte[] md5 = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
      return (md5[0] & 0x80) == 0 ? A : B; // first hex digit 0-7
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from this JVM", e);
    }
  }

  /** True when the item with this key belongs to this half (every item belongs to ALL). */
  public boolean holds(String key) {
    return this == ALL || of(key) == this;
  }

  /** A half as the command line writes it: A, B or all (any case). */
  public static Half parse(String label) {
    return switch (label.toLowerCase(java.util.Locale.ROOT)) {
      case "a" -> A;
      case "b" -> B;
      case "all" -> ALL;
      default -> throw new IllegalArgumentException("not a half: '" + label + "' (A, B or all)");
    };
  }

  /** "A", "B" or "all", as the command line and the tables write it. */
  public String label() {
    return this == ALL ? "all" : name();
  }
}
