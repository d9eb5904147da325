package org.dyad.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.eval.events.GoldEvent;
import org.dyad.eval.events.GoldSentence;
import org.dyad.store.EventRow;
import org.dyad.store.ReviewedSpan;

/**
 * A reviewed evidence span as a gold sentence of the PETRARCH format: its text, its article's date, and the events
 * the analysts say it tells as triples in the conventions {@code dyad eval events} scores Dyad's own events by
 * (neither negated nor hypothetical, both sides coded, each triple once, actor codes as {@link GoldEvent#normalize}).
 */
final class ReviewGold {
  /** The category the exported sentences carry. */
  static final String CATEGORY = "review";
  private static final Set<String> LEFT_OUT = Set.of("negated", "hypothetical");

  private ReviewGold() {
  }

  /** The span's gold sentence, or empty when the judgements leave its events unknown ({@link ReviewedSpan#truth}). */
  static Optional<GoldSentence> of(ReviewedSpan span) {
    return span.truth().map(events -> {
      List<GoldEvent> triples = triples(events);
      return new GoldSentence(span.article() + ":" + span.start() + "-" + span.end(), CATEGORY, span.published(), span.evidence(),
          triples, triples.isEmpty(), "", null);
    });
  }

  private static List<GoldEvent> triples(List<EventRow> events) {
    Set<GoldEvent> out = new LinkedHashSet<>();
    for (EventRow e : events) {
      String source = e.source().actor();
      String target = e.target() == null ? null : e.target().actor();
      if (!LEFT_OUT.contains(e.modality()) && source != null && !source.isEmpty() && target != null && !target.isEmpty()) {
        out.add(new GoldEvent(GoldEvent.normalize(source), GoldEvent.normalize(target), e.code()));
      }
    }
    return new ArrayList<>(out);
  }
}
