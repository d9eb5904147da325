package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.dyad.model.Place;

/**
 * A place where events happened: how many of the events asked for took place there, how many of those
 * are placed there only by their article's dateline, and the first of them (in date order) with their evidence.
 */
public record PlaceRow(Place place, int count, int fromDateline, List<EventRow> events) {
  public PlaceRow {
    requireNonNull(place, "place is null");
    events = List.copyOf(events);
    if (count < events.size() || fromDateline < 0 || fromDateline > count) {
      throw new IllegalArgumentException("count " + count + " is below the " + events.size() + " events listed or the "
          + fromDateline + " placed by the dateline");
    }
  }

  /** The place of {@code events} (all of them at it), listing the first {@code listed}. */
  static PlaceRow of(Place place, List<EventRow> events, int listed) {
    int dateline = (int) events.stream().filter(e -> EventRecords.FROM_DATELINE.equals(e.placeSource())).count();
    return new PlaceRow(place, events.size(), dateline, events.subList(0, Math.min(listed, events.size())));
  }
}
