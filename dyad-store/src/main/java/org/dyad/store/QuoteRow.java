package org.dyad.store;

import java.time.LocalDate;

/**
 * A stored quote or statement with its speaker and article.
 *
 * @param tone the VADER compound of the quote (-1..1), or null when it was not scored
 */
public record QuoteRow(String articleKey, String title, int start, int end, String text, boolean direct, String cue,
    String speaker, String speakerEntity, String speakerActor, String speakerTitle, String date, String dateSource, LocalDate day,
    Double tone) {
}
