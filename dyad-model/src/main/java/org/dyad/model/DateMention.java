package org.dyad.model;

import static java.util.Objects.requireNonNull;

/**
 * A time expression with its TIMEX3-style value.
 *
 * @param type DATE, TIME, DURATION or SET
 * @param value for example {@code 2021-08-25}, {@code 2021-W33}, {@code P20Y}, {@code PAST_REF};
 *     null when it could not be resolved
 */
public record DateMention(int start, int end, String text, String type, String value) {
  public DateMention {
    Spans.check(start, end);
    requireNonNull(text, "text is null");
    requireNonNull(type, "type is null");
  }
}
