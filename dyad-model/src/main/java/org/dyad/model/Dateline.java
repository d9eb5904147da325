package org.dyad.model;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The dateline that opens an agency story, such as {@code MOSCOW, August 25. /TASS/.}.
 *
 * @param place the place as written ("MOSCOW")
 * @param date the day the dateline names as a TIMEX3 date: {@code 2021-08-25} when its year is
 *     known (written, or taken from the page's year), {@code XXXX-08-25} when it is not, null when
 *     the dateline names no day
 * @param text the whole dateline as written
 */
public record Dateline(String place, String date, String text) {
  private static final Pattern DAY = Pattern.compile("^(?:\\d{4}|XXXX)-\\d{2}-\\d{2}$");

  public Dateline {
    requireNonNull(place, "place is null");
    requireNonNull(text, "text is null");
    if (date != null && !DAY.matcher(date).matches()) {
      throw new IllegalArgumentException("not a dateline day: " + date);
    }
  }

  /** A dateline that names no day. */
  public Dateline(String place, String text) {
    this(place, null, text);
  }
}
