package org.dyad.store;

import java.time.LocalDate;

/** A stored event with the article it came from and its evidence text. */
public record EventRow(
    long eventId, String articleKey, String url, String title,
    String sourceName, String sourceActor, String targetName, String targetActor,
    String code, int quadClass, double goldstein, String plover,
    String date, String dateSource, LocalDate day, String modality,
    int start, int end, String evidence) {
}
