package org.dyad.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventScorerTest {
  private static GoldSentence gold(boolean noEvents, GoldEvent... events) {
    return new GoldSentence("s1", "TEST", null, "Some text.", List.of(events), noEvents, "", null);
  }

  private static String counts(EventCounts c) {
    return c.gold() + " gold, " + c.system() + " coded, " + c.exact() + " exact, " + c.relaxed() + " relaxed, "
        + c.dyads() + " pairs, " + c.recordsExact() + " record ok, " + c.noEventEmpty() + "/" + c.noEventRecords() + " empty";
  }

  @Test
  void exactNeedsSourceTargetAndCodeRelaxedOnlyCountryAndRoot() {
    GoldSentence g = gold(false, new GoldEvent("FRAGOV", "DEU", "042"), new GoldEvent("DEU", "FRA", "051"));
    List<GoldEvent> found = List.of(new GoldEvent("FRAGOV", "DEU", "042"), new GoldEvent("DEUGOV", "FRAMIL", "057"));
    assertEquals("2 gold, 2 coded, 1 exact, 2 relaxed, 1 pairs, 0 record ok, 0/0 empty", counts(EventScorer.score(g, found)));
  }

  @Test
  void goldIsAMultisetMatchedOneToOne() {
    GoldSentence g = gold(false, new GoldEvent("KEN", "SOM", "190"));
    List<GoldEvent> found = List.of(new GoldEvent("KEN", "SOM", "190"), new GoldEvent("KENMIL", "SOM", "193"));
    EventCounts c = EventScorer.score(g, found);
    assertEquals("1 gold, 2 coded, 1 exact, 1 relaxed, 1 pairs, 0 record ok, 0/0 empty", counts(c));
    assertEquals(0.5, c.exactScore()[0], 1e-9);
    assertEquals(1.0, c.exactScore()[1], 1e-9);
  }

  @Test
  void aNoEventSentenceLeftEmptyIsARecordRight() {
    assertEquals("0 gold, 0 coded, 0 exact, 0 relaxed, 0 pairs, 1 record ok, 1/1 empty", counts(EventScorer.score(gold(true), List.of())));
    assertEquals("0 gold, 1 coded, 0 exact, 0 relaxed, 0 pairs, 0 record ok, 0/1 empty",
        counts(EventScorer.score(gold(true), List.of(new GoldEvent("CHL", "PER", "010")))));
  }

  @Test
  void bareRoleCodesTakeTheUnknownCountry() {
    assertEquals("---GOV", GoldEvent.normalize("GOV"));
    assertEquals("USAGOV", GoldEvent.normalize("USAGOV"));
    assertEquals("", GoldEvent.normalize(null));
    assertEquals(new GoldEvent("---", "IGO", "03"), new GoldEvent("---MIL", "IGOUNO", "036").relaxed());
  }

  @Test
  void reportAddsUpByCategoryAndPrintsATable() {
    EventReport r = EventReport.empty("demo")
        .plus("A", EventScorer.score(gold(false, new GoldEvent("NOR", "SWE", "040")), List.of(new GoldEvent("NOR", "SWE", "040"))))
        .plus("B", EventScorer.score(gold(true), List.of(new GoldEvent("NOR", "FIN", "111"))));
    assertEquals(2, r.total().records());
    assertEquals(0.5, r.total().exactScore()[0], 1e-9);
    assertEquals(0.5, r.total().extraPerRecord(), 1e-9);
    assertEquals(2, r.byCategory().size());
    assertEquals(true, r.toTable().contains("exact      0.500   1.000   0.667"));
  }

  @Test
  void readerTakesTheJsonLinesLayoutAndRefusesABadLine() throws IOException {
    String line = "{\"id\": \"x1\", \"category\": \"DEMO\", \"date\": \"20190304\", \"text\": \"Norway thanked Sweden.\","
        + " \"events\": [{\"source\": \"NOR\", \"target\": \"SWE\", \"code\": \"051\"}], \"noevents\": false}\n"
        + "{\"id\": \"x2\", \"date\": \"121108\", \"text\": \"Nothing.\", \"events\": [], \"noevents\": true}\n";
    List<GoldSentence> s = GoldReader.read(new StringReader(line), "t");
    assertEquals("[(NOR,SWE,051)]", s.get(0).events().toString());
    assertEquals("2019-03-04", s.get(0).date().toString());
    assertEquals(null, s.get(1).date());
    assertThrows(IOException.class, () -> GoldReader.read(new StringReader("{\"id\": 1}\n"), "t"));
  }
}
