package org.dyad.store;

import java.time.LocalDate;

/** Events of one period: how many in each QuadClass, and their mean Goldstein score. */
public record TimelineRow(LocalDate period, int events, int verbalCooperation, int materialCooperation,
    int verbalConflict, int materialConflict, double meanGoldstein) {
}
