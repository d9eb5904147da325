package org.dyad.model;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A time expression with its TIMEX3-style value.
 *
 * @param type DATE, TIME, DURATION or SET
 * @param value for example {@code 2021-08-25}, {@code 2021-W33}, {@code P20Y}, {@code PAST_REF};
 *     null when it could not be resolved
 * @param mod the TIMEX3 {@code mod} attribute, or null: a part of the period ({@code START},
 *     {@code MID}, {@code END}: "the end of the month" is {@code 2021-08} with {@code END}), an
 *     approximation ({@code APPROX}: "about two weeks") or a bound on a duration or date
 *     ({@code LESS_THAN}, {@code MORE_THAN}, {@code EQUAL_OR_LESS}, {@code EQUAL_OR_MORE},
 *     {@code BEFORE}, {@code AFTER}, {@code ON_OR_BEFORE}, {@code ON_OR_AFTER})
 */
public record DateMention(int start, int end, String text, String type, String value, String mod) {
  /** The TIMEX3 mod values. */
  public static final Set<String> MODS = Set.of("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
      "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX");

  public DateMention {
    Spans.check(start, end);
    requireNonNull(text, "text is null");
    requireNonNull(type, "type is null");
    if (mod != null && !MODS.contains(mod)) {
      throw new IllegalArgumentException("unknown TIMEX3 mod: " + mod);
    }
  }

  /** A mention without a mod. */
  public DateMention(int start, int end, String text, String type, String value) {
    this(start, end, text, type, value, null);
  }

  /** The same mention with the given mod (null: none). */
  public DateMention withMod(String newMod) {
    return new DateMention(start, end, text, type, value, newMod);
  }
}
