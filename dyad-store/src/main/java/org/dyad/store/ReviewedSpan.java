package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One evidence span with at least one reviewed event: every event coded there, each with its latest review.
 *
 * @param published the article's date, or null
 */
public record ReviewedSpan(String article, int start, int end, String evidence, LocalDate published, List<ReviewedEvent> events) {
  public ReviewedSpan {
    requireNonNull(article, "article is null");
    requireNonNull(evidence, "evidence is null");
    events = List.copyOf(events);
  }

  /**
   * The events the analysts say the span tells, corrections applied; empty when the judgements leave that unknown:
   * an event there is not reviewed, or is judged wrong in its code, source, target or modality without a correction
   * (whether a gold set would hold it is then unknown). An event judged not an event is left out; one judged wrong
   * only in its date keeps its code and actors.
   */
  public Optional<List<EventRow>> truth() {
    List<EventRow> out = new ArrayList<>();
    for (ReviewedEvent e : events) {
      if (e.review() == null) {
        return Optional.empty();
      }
      Review r = e.review().review();
      WrongPart part = r.part();
      if (part != null && part != WrongPart.NOT_EVENT && part != WrongPart.DATE) {
        return Optional.empty();
      }
      if (part != WrongPart.NOT_EVENT) {
        out.add(e.corrected());
      }
    }
    return Optional.of(out);
  }
}
