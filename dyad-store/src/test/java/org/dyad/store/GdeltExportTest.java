package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.junit.jupiter.api.Test;

class GdeltExportTest {
  private static GdeltEvent event(Place action, Double tone) {
    return new GdeltEvent(7L, LocalDate.of(2024, 3, 1), new ActorRef("Oslo officials", "NORGOV"), null, "0431", "04", 1, 2.5,
        GdeltEvent.inLead("Lead sentence here.\n\nLater paragraph.", 0), 3L, 2L, 3L, tone, action, null, null,
        LocalDateTime.of(2024, 3, 2, 8, 0), "https://example.org/a");
  }

  @Test
  void anEventGivesTheStoresColumns() {
    List<String> c = GdeltExport.columns(event(null, null));
    assertEquals(GdeltExport.COLUMNS, c.size());
    assertEquals("7|20240301|NORGOV|OSLO OFFICIALS|NOR|1|0431|043|04|1|2.5|3|2|3", String.join("|", c.get(0), c.get(1),
        c.get(5), c.get(6), c.get(7), c.get(25), c.get(26), c.get(27), c.get(28), c.get(29), c.get(30), c.get(31),
        c.get(32), c.get(33)));
    assertEquals("20240302080000|https://example.org/a", c.get(59) + "|" + c.get(60));
  }

  @Test
  void anActionPlaceFillsActionGeoWithFipsAndAdm1Codes() {
    List<String> city = GdeltExport.columns(event(new Place("Bergen", 3161732L, 60.39299, 5.32415, "NOR", "city"), -2.5));
    assertEquals("4|Bergen|NO|NO46||60.3930|5.3242|3161732", String.join("|", city.subList(51, 59)));
    assertEquals("-2.5000", city.get(34), "AvgTone is the article's GDELT tone");
    List<String> state = GdeltExport.columns(event(new Place("Texas", null, 31.2, -99.5, "USA", "division"), null));
    assertEquals("2|Texas|US|USTX||31.2000|-99.5000|", String.join("|", state.subList(51, 59)));
    List<String> country = GdeltExport.columns(event(new Place("Germany", null, 51.0, 9.0, "DEU", "country"), null));
    assertEquals("1|Germany|GM|GM||51.0000|9.0000|GM", String.join("|", country.subList(51, 59)), "FIPS GM, not ISO DE");
    List<String> none = GdeltExport.columns(event(null, null));
    assertEquals("|||||||", String.join("|", none.subList(51, 59)));
    assertEquals("0.0000", none.get(34), "an article without tone has AvgTone 0");
    assertThrows(NullPointerException.class, () -> new GdeltEvent(1L, null, new ActorRef("x", null), null, "040", "04", 1, 1.0, true,
        1, 1, 1, null, null, null, null, LocalDateTime.now(), null));
  }

  @Test
  void anEventIsFiledUnderItsOwnDayElseTheArticles() {
    Event dated = new Event(new ActorRef("Oslo", "NOR"), null, "040", "04", 1, 1.0, null, "2024-W10", "text", "asserted", 0, 4);
    Event undated = new Event(new ActorRef("Oslo", "NOR"), null, "040", "04", 1, 1.0, null, null, null, "asserted", 0, 4);
    assertEquals(LocalDate.of(2024, 3, 4), GdeltExport.day(dated, LocalDate.of(2024, 1, 1)));
    assertEquals(LocalDate.of(2024, 1, 1), GdeltExport.day(undated, LocalDate.of(2024, 1, 1)));
  }
}
