package org.dyad.store;

import java.time.LocalDate;

/**
 * Events of one period: how many in each QuadClass, their mean Goldstein score and their mean tone. A
 * period without events has zero counts and null means, so a chart shows a gap, not a trend.
 *
 * @param meanGoldstein the mean Goldstein score, null when the period has no event
 * @param meanTone the mean VADER compound of the events' evidence (-1..1), null when none was scored
 * @param meanGdeltTone the mean GDELT tone of the articles that report the events (per event), null when none was scored
 */
public record TimelineRow(LocalDate period, int events, int verbalCooperation, int materialCooperation,
    int verbalConflict, int materialConflict, Double meanGoldstein, Double meanTone, Double meanGdeltTone) {

  /** A period without tone. */
  public TimelineRow(LocalDate period, int events, int verbalCooperation, int materialCooperation,
      int verbalConflict, int materialConflict, double meanGoldstein) {
    this(period, events, verbalCooperation, materialCooperation, verbalConflict, materialConflict, meanGoldstein, null, null);
  }

  /** A period without events. */
  static TimelineRow empty(LocalDate period) {
    return new TimelineRow(period, 0, 0, 0, 0, 0, null, null, null);
  }
}
