package org.dyad.store;

import java.time.LocalDate;
import org.dyad.model.Place;

/** A stored event with the article it came from, its evidence text and its action place (null when none). */
public record EventRow(
    long eventId, String articleKey, String url, String title,
    String sourceName, String sourceActor, String targetName, String targetActor,
    String code, int quadClass, double goldstein, String plover,
    String date, String dateSource, LocalDate day, String modality,
    int start, int end, String evidence,
    Place place) {
}
