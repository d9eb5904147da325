package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.model.ActorRef;
import org.dyad.store.EventRow;
import org.junit.jupiter.api.Test;

class AlertsTest {
  private long ids;

  private EventRow event(String source, String target, int quad, double goldstein, String modality) {
    long id = ++ids;
    return new EventRow(id, "a" + id, null, null, LocalDate.of(2026, 12, 1), null, null, new ActorRef(source, source),
        new ActorRef(target, target), "190", null, "19", quad, goldstein, null, modality, 0, 1, "x", null, null, null, null, 1, List.of("a" + id));
  }

  private List<EventRow> fights(int n) {
    List<EventRow> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(event(i % 2 == 0 ? "RUSMIL" : "UKRMIL", i % 2 == 0 ? "UKR" : "RUS", 4, -10, "asserted"));
    }
    return out;
  }

  @Test
  void aCountTwiceItsTrailingMeanFiresAndTheHistoryKeepsTheLastCycles() {
    Alerts alerts = new Alerts(List.of(AlertRule.parse("dyad=RUS:UKR,quad=4,above=2x,over=3c")));
    Map<String, List<Alerts.Tally>> history = Map.of();
    List<Integer> counts = List.of(2, 2, 3, 2, 5, 4);
    List<String> fired = new ArrayList<>();
    for (int n : counts) {
      List<EventRow> events = new ArrayList<>(fights(n));
      events.add(event("RUSMIL", "UKR", 3, -4, "asserted")); // another QuadClass
      events.add(event("RUSMIL", "UKR", 4, -10, "negated")); // did not happen
      events.add(event("USA", "CHN", 4, -10, "asserted")); // another dyad
      Alerts.Result r = alerts.evaluate(events, history, null);
      history = r.history();
      r.fired().forEach(f -> fired.add(f.value() + " vs " + f.baseline() + " over " + f.over() + " ids " + f.eventIds().size()));
    }
    // cycle 1 has no baseline; cycle 5: 5 >= 2 * mean(2, 3, 2); cycle 6: 4 < 2 * mean(3, 2, 5)
    assertEquals(List.of("5.0 vs 2.333 over 3 cycle(s) ids 5"), fired);
    assertEquals(List.of(2, 5, 4), history.get("dyad=RUS:UKR,quad=4,above=2x,over=3c").stream().map(Alerts.Tally::events).toList());
  }

  @Test
  void aMeanGoldsteinDropFiresOnlyWithEventsOnBothSides() {
    Alerts alerts = new Alerts(List.of(AlertRule.parse("dyad=ISR:PSE,metric=goldstein,below=-3")));
    Alerts.Result first = alerts.evaluate(List.of(event("ISR", "PSE", 1, 3, "asserted"), event("PSE", "ISR", 3, -2, "reported")), Map.of(), null);
    assertTrue(first.fired().isEmpty());
    Alerts.Result quiet = alerts.evaluate(List.of(), first.history(), null);
    assertTrue(quiet.fired().isEmpty(), "no events, no mean");
    Alerts.Result drop = alerts.evaluate(List.of(event("ISR", "PSE", 4, -10, "intended"), event("ISR", "PSE", 4, -5, "asserted")),
        quiet.history(), null);
    assertEquals(1, drop.fired().size());
    assertEquals("dyad: watch: alert dyad=ISR:PSE,metric=goldstein,below=-3: ISR:PSE mean-goldstein -7.50 against 0.50 over 2 cycle(s) (2 event(s))",
        drop.fired().get(0).line());
  }

  @Test
  void minKeepsAFewEventsFromFiring() {
    Alerts alerts = new Alerts(List.of(AlertRule.parse("dyad=RUS:UKR,above=2x,min=3")));
    Alerts.Result r = alerts.evaluate(fights(0), Map.of(), null);
    assertTrue(alerts.evaluate(fights(2), r.history(), null).fired().isEmpty(), "2 events from 0, under min=3");
    assertEquals(1, alerts.evaluate(fights(3), r.history(), null).fired().size());
  }
}
