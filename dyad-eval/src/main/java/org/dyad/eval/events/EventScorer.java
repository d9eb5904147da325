package org.dyad.eval.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores one sentence: the gold events as a multiset against the predicted events, matched one to
 * one exactly and, separately, on their {@linkplain GoldEvent#relaxed() relaxed} form.
 */
public final class EventScorer {
  private EventScorer() {}

  /** The counts of one sentence. */
  public static EventCounts score(GoldSentence gold, Collection<GoldEvent> found) {
    requireNonNull(gold, "gold is null");
    requireNonNull(found, "found is null");
    List<GoldEvent> expected = gold.noEvents() ? List.of() : gold.events();
    int exact = matches(expected, found, Function.identity());
    int relaxed = matches(expected, found, GoldEvent::relaxed);
    int dyads = matches(expected, found, e -> new GoldEvent(e.source(), e.target(), "**"));
    boolean same = expected.size() == found.size() && exact == found.size();
    boolean noEvents = expected.isEmpty();
    return new EventCounts(1, noEvents ? 1 : 0, noEvents && found.isEmpty() ? 1 : 0, same ? 1 : 0,
        expected.size(), found.size(), exact, relaxed, dyads);
  }

  /** One-to-one matches between two multisets under a key. */
  static int matches(Collection<GoldEvent> gold, Collection<GoldEvent> found, Function<GoldEvent, GoldEvent> key) {
    Map<GoldEvent, Integer> left = new HashMap<>();
    for (GoldEvent g : gold) {
      left.merge(key.apply(g), 1, Integer::sum);
    }
    int n = 0;
    for (GoldEvent f : new ArrayList<>(found)) {
      GoldEvent k = key.apply(f);
      Integer c = left.get(k);
      if (c != null && c > 0) {
        left.put(k, c - 1);
        n++;
      }
    }
    return n;
  }
}
