package org.dyad.eval.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Event;

/**
 * Dyad's events as gold-style triples, in the conventions of the held-out check
 * ({@code shared/eval/check/check.py gsr}), so that both give the same figure: every event that is
 * neither negated nor hypothetical, with a coded source and a coded target, each triple once per
 * sentence, actor codes in the gold's convention ({@link GoldEvent#normalize}).
 */
public final class EventTriples {
  private static final Set<String> LEFT_OUT = Set.of("negated", "hypothetical");

  private EventTriples() {}

  public static List<GoldEvent> of(List<Event> events) {
    Set<GoldEvent> out = new LinkedHashSet<>();
    for (Event e : events) {
      if (!LEFT_OUT.contains(e.modality()) && coded(e.source().actor()) && e.target() != null && coded(e.target().actor())) {
        out.add(new GoldEvent(GoldEvent.normalize(e.source().actor()), GoldEvent.normalize(e.target().actor()), e.code()));
      }
    }
    return new ArrayList<>(out);
  }

  private static boolean coded(String actor) {
    return actor != null && !actor.isEmpty();
  }
}
