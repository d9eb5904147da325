package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

class EventMergerTest {
  private static Event event(String source, String target, String code, String date) {
    return new Event(new ActorRef(source, source), target == null ? null : new ActorRef(target, target), code,
        code.substring(0, 2), 1, 1.0, "CONSULT", date, date == null ? null : "text", "asserted", 0, 10);
  }

  private static String merged(List<EventMerger.Report> reports) {
    return EventMerger.merge(reports).stream()
        .map(m -> m.event().source().actor() + ">" + (m.event().target() == null ? "-" : m.event().target().actor())
            + ":" + m.event().code() + " x" + m.mentions() + " " + m.articles())
        .collect(Collectors.joining(" | "));
  }

  @Test
  void theSameEventInThreeArticlesIsOneWithThreeMentions() {
    List<EventMerger.Report> r = List.of(
        new EventMerger.Report("a1", event("NOR", "SWE", "042", "2024-03-05")),
        new EventMerger.Report("a2", event("NORGOV", "SWE", "042", "2024-03-05")),
        new EventMerger.Report("a3", event("NOR", "SWEGOV", "042", "2024-03-05")),
        new EventMerger.Report("a3", event("NOR", "SWE", "042", "2024-03-05")));
    assertEquals("NORGOV>SWE:042 x4 [a1, a2, a3]", merged(r));
  }

  @Test
  void anotherDayCodeOrActorIsAnotherEvent() {
    List<EventMerger.Report> r = List.of(
        new EventMerger.Report("a1", event("NOR", "SWE", "042", "2024-03-05")),
        new EventMerger.Report("a2", event("NOR", "SWE", "042", "2024-03-06")),
        new EventMerger.Report("a3", event("NOR", "SWE", "043", "2024-03-05")),
        new EventMerger.Report("a4", event("NOR", "FIN", "042", "2024-03-05")),
        new EventMerger.Report("a5", event("NORMIL", "SWEGOV", "042", "2024-03-05")));
    assertEquals(5 - 1, EventMerger.merge(r).size(), "NORMIL>SWEGOV is the NOR>SWE event at other levels");
  }

  @Test
  void undatedEventsMergeOnlyWithinTheirArticle() {
    List<EventMerger.Report> r = List.of(
        new EventMerger.Report("a1", event("NOR", null, "010", null)),
        new EventMerger.Report("a1", event("NOR", null, "010", null)),
        new EventMerger.Report("a2", event("NOR", null, "010", null)));
    assertEquals("NOR>-:010 x2 [a1] | NOR>-:010 x1 [a2]", merged(r));
  }

  @Test
  void reportedAndAssertedMergeButIntendedStaysApart() {
    Event reported = new Event(new ActorRef("Norway", "NOR"), new ActorRef("Sweden", "SWE"), "042", "04", 1, 1.9,
        "CONSULT", "2024-03-05", "text", "reported", 0, 10);
    Event intended = new Event(new ActorRef("Norway", "NOR"), new ActorRef("Sweden", "SWE"), "042", "04", 1, 1.9,
        "CONSULT", "2024-03-05", "text", "intended", 0, 10);
    List<EventMerger.Report> r = List.of(new EventMerger.Report("a1", event("NOR", "SWE", "042", "2024-03-05")),
        new EventMerger.Report("a2", reported), new EventMerger.Report("a3", intended));
    assertEquals("NOR>SWE:042 x2 [a1, a2] | NOR>SWE:042 x1 [a3]", merged(r));
  }

  @Test
  void actorLevelsAreCodePrefixes() {
    assertEquals(true, EventMerger.sameActor(new ActorRef("x", "RUS"), new ActorRef("y", "RUSGOV")));
    assertEquals(false, EventMerger.sameActor(new ActorRef("x", "RUS"), new ActorRef("y", "USAGOV")));
    assertEquals(false, EventMerger.sameActor(new ActorRef("x", null), new ActorRef("y", null)));
  }
}
