package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.dyad.model.Place;

/**
 * A place where events happened: how many of the events asked for took place there, and the first of
 * them (in id order) with their evidence.
 */
public record PlaceRow(Place place, int count, List<EventRow> events) {
  public PlaceRow {
    requireNonNull(place, "place is null");
    events = List.copyOf(events);
    if (count < events.size()) {
      throw new IllegalArgumentException("count " + count + " is below the " + events.size() + " events listed");
    }
  }
}
