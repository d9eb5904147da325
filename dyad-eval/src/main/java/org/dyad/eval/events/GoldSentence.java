package org.dyad.eval.events;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold sentence of the PETRARCH event sets.
 *
 * @param date the story date, or null when the gold's date is not a valid YYYYMMDD date
 * @param events the gold events, a multiset (empty when {@code noEvents})
 * @param noEvents true when the gold says the sentence has no events
 * @param sentenceAttr the unit-test attribute such as {@code DEMO} (empty for real news)
 * @param error the input error the unit test expects, or null
 */
public record GoldSentence(String id, String category, LocalDate date, String text, List<GoldEvent> events,
    boolean noEvents, String sentenceAttr, String error) {
  public GoldSentence {
    requireNonNull(id, "id is null");
    requireNonNull(category, "category is null");
    requireNonNull(text, "text is null");
    events = List.copyOf(events);
    requireNonNull(sentenceAttr, "sentenceAttr is null");
  }
}
