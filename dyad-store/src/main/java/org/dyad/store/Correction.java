package org.dyad.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.core.events.CameoCode;
import org.dyad.core.events.Codebook;

/**
 * What an analyst says is right instead: each part null when it stays as coded, at least one given. Every part is
 * checked here, whoever sends it: a code from the CAMEO codebook, actor codes by their grammar (three-letter
 * groups, a country or a role first, as {@code RUSGOV}, {@code GOV}, {@code ---GOV}), a date as a date.
 */
public record Correction(String code, String sourceActor, String targetActor, LocalDate date) {
  private static final Pattern ACTOR = Pattern.compile("(---|[A-Z]{3})([A-Z]{3}){0,5}");

  public Correction {
    code = blankToNull(code);
    sourceActor = actor(blankToNull(sourceActor), "source");
    targetActor = actor(blankToNull(targetActor), "target");
    if (code != null && !Book.INSTANCE.contains(code)) {
      throw new IllegalArgumentException("code: '" + code + "' is not a CAMEO code of the codebook");
    }
    if (code == null && sourceActor == null && targetActor == null && date == null) {
      throw new IllegalArgumentException("a correction needs a code, an actor code or a date");
    }
  }

  /** The corrected code's codebook entry, or null when the code stays as coded. */
  CameoCode cameo() {
    return code == null ? null : Book.INSTANCE.get(code);
  }

  /** An actor code checked by its grammar, upper-cased; null stays null. */
  static String actor(String code, String side) {
    if (code == null) {
      return null;
    }
    String upper = code.toUpperCase(Locale.ROOT);
    if (!ACTOR.matcher(upper).matches()) {
      throw new IllegalArgumentException(side + ": '" + code + "' is not an actor code (three-letter groups such as RUSGOV, GOV or ---GOV)");
    }
    return upper;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The codebook, read once when first needed. */
  private static final class Book {
    static final Codebook INSTANCE = Codebook.standard();
  }
}
