package org.dyad.store;

import java.time.LocalDate;

/** A stored quote or statement with its speaker and article. */
public record QuoteRow(String articleKey, String title, int start, int end, String text, boolean direct, String cue,
    String speaker, String speakerEntity, String speakerActor, String speakerTitle, String date, String dateSource, LocalDate day) {
}
