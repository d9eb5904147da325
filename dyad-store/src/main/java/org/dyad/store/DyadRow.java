package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A pair of actors who interact, in either direction: each side a country ({@code AFG}), or the actor code when
 * it names no country ({@code IGOUNO}, {@code REB}); the two in alphabetical order.
 *
 * @param events how many events between them
 * @param recent events in the last window (the {@code window} days up to the reference day)
 * @param previous events in the window before that
 * @param change {@code recent - previous}
 * @param meanGoldstein the mean Goldstein score of all their events
 * @param first the day of their first event
 * @param last the day of their last event
 */
public record DyadRow(String a, String b, long events, long recent, long previous, long change, double meanGoldstein,
    LocalDate first, LocalDate last) {
  public DyadRow {
    requireNonNull(a, "a is null");
    requireNonNull(b, "b is null");
  }

  /** The dyad as the pages and {@code --dyad} write it. */
  public String dyad() {
    return a + ":" + b;
  }
}
