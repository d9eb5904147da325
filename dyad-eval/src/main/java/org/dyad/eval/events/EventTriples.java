package org.dyad.eval.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Event;

/**
 * Dyad's events as gold-style triples: only events that happened or were announced (asserted,
 * reported, intended; never negated or hypothetical), with a coded source and a coded target, each
 * triple once per sentence, actor codes in the gold's convention ({@link GoldEvent#normalize}). A
 * reported use of force that a speaker's accusation or claim covers is left out (the claim counts).
 */
public final class EventTriples {
  private static final Set<String> COUNTED = Set.of("asserted", "reported", "intended");

  private EventTriples() {}

  public static List<GoldEvent> of(List<Event> events) {
    Set<GoldEvent> out = new LinkedHashSet<>();
    for (Event e : events) {
      if (COUNTED.contains(e.modality()) && e.source().actor() != null && e.target() != null
          && e.target().actor() != null && !claimed(e, events)) {
        out.add(new GoldEvent(GoldEvent.normalize(e.source().actor()), GoldEvent.normalize(e.target().actor()), e.code()));
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * A reported use of force that the speaker's accusation (112) or claim of responsibility (015)
   * stands for: the claim is the event, not the act it alleges.
   */
  private static boolean claimed(Event e, List<Event> all) {
    if (!e.modality().equals("reported")) {
      return false;
    }
    return all.stream().anyMatch(c -> c != e && (c.code().equals("112") || c.code().equals("015"))
        && c.start() <= e.start() && e.end() <= c.end());
  }
}
