package org.dyad.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

class EventTriplesTest {
  private static Event event(String source, String target, String code, String modality, int start, int end) {
    return new Event(new ActorRef("s", source), target == null ? null : new ActorRef("t", target), code, code.substring(0, 2),
        4, -10, "ASSAULT", null, null, modality, start, end);
  }

  @Test
  void asTheCheckCountsThem() {
    List<Event> events = List.of(
        event("FRA", "DEU", "112", "asserted", 0, 60),
        event("DEU", "ITA", "190", "reported", 20, 40), // the act an accusation reports counts too
        event("DEU", "ITA", "190", "reported", 45, 50), // the same triple once
        event("GOV", "ITA", "036", "intended", 0, 10), // a bare role code in the gold's convention
        event("GOVMIL", "ITA", "173", "asserted", 0, 10), // no role alone: kept as it is
        event("FRA", "ESP", "042", "negated", 0, 10),
        event("FRA", "ESP", "043", "hypothetical", 0, 10),
        event("FRA", null, "010", "asserted", 0, 10),
        event(null, "ESP", "010", "asserted", 0, 10));
    assertEquals("[(FRA,DEU,112), (DEU,ITA,190), (---GOV,ITA,036), (GOVMIL,ITA,173)]", EventTriples.of(events).toString());
  }
}
