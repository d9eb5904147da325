package org.dyad.model;

import static java.util.Objects.requireNonNull;

/**
 * The dateline that opens an agency story, such as {@code MOSCOW, August 25. /TASS/.}.
 *
 * @param place the place as written ("MOSCOW")
 * @param text the whole dateline as written
 */
public record Dateline(String place, String text) {
  public Dateline {
    requireNonNull(place, "place is null");
    requireNonNull(text, "text is null");
  }
}
