package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A dyad's events per period, every period from the first to the last (empty ones too), and what the
 * chart leaves out.
 *
 * @param coarser events dated only to a period longer than {@code by} ("last month" in a weekly view): not
 *     put on the first day of that period, which would be a false spike, but left out and counted here
 * @param undated events with no calendar day at all (a duration, "recently"), left out and counted here
 */
public record Timeline(Period by, List<TimelineRow> periods, int coarser, int undated) {
  /** The most periods one timeline draws. */
  public static final int MAX_PERIODS = 5000;

  public Timeline {
    requireNonNull(by, "by is null");
    periods = List.copyOf(periods);
  }
}
