package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchStateTest {
  @TempDir
  Path store;

  @Test
  void aMissingStateIsAFreshOne() {
    WatchState s = WatchState.load(store);
    assertEquals("0 {}", s.cycle() + " " + s.sources());
    assertEquals(SourceMemory.NEW, s.memory("http://127.0.0.1/feed"));
  }

  @Test
  void savedStateReadsBackAndKeepsSourcesNotPolled() {
    SourceMemory feed = SourceMemory.NEW.listed(Set.of("b", "a"), new Validators("\"e1\"", "Mon, 07 Dec 2026 10:00:00 GMT"));
    new WatchState(0, Map.of(), null).after(1, Map.of("feed", feed, "folder", SourceMemory.NEW.failed(1, "gone"))).save(store);
    WatchState back = WatchState.load(store);
    assertEquals(new WatchState(1, Map.of("feed", feed, "folder", SourceMemory.NEW.failed(1, "gone")), null), back);
    WatchState next = back.after(2, Map.of("folder", SourceMemory.NEW));
    assertEquals("2 [a, b] 0", next.cycle() + " " + next.memory("feed").seen() + " " + next.memory("folder").failures());
    assertFalse(Files.exists(store.resolve(WatchState.FILE + ".tmp")), "no temporary file left behind");
  }

  @Test
  void alertTalliesReadBackAndAStateWithoutThemLoads() throws Exception {
    Map<String, java.util.List<Alerts.Tally>> tallies = Map.of("dyad=RUS:UKR,above=2x", java.util.List.of(new Alerts.Tally(2, -20), new Alerts.Tally(0, 0)));
    new WatchState(0, Map.of(), null).after(1, Map.of(), tallies).starting(Instant.parse("2026-12-07T18:00:00Z")).save(store);
    WatchState back = WatchState.load(store);
    assertEquals(tallies, back.alerts());
    assertEquals(tallies, back.after(2, Map.of()).alerts(), "kept when a cycle gives none");
    Files.writeString(store.resolve(WatchState.FILE), "{\"cycle\":3,\"sources\":{},\"started\":null}");
    assertEquals(Map.of(), WatchState.load(store).alerts(), "a state an older watch wrote");
  }

  @Test
  void aStartedCycleKeepsItsFirstStartUntilItFinishes() {
    Instant first = Instant.parse("2026-12-07T18:00:00.123456Z");
    new WatchState(4, Map.of(), null).starting(first).save(store);
    WatchState killed = WatchState.load(store);
    assertEquals("4 2026-12-07T18:00:00.123456Z", killed.cycle() + " " + killed.started());
    assertEquals(first, killed.starting(first.plusSeconds(60)).started(), "a redo keeps the killed attempt's start");
    assertNull(killed.after(5, Map.of()).started());
  }

  @Test
  void aDamagedStateIsRefusedWithWhatToDo() throws Exception {
    Files.createDirectories(store.resolve("watch"));
    Files.writeString(store.resolve(WatchState.FILE), "{\"cycle\": 3, \"sources\": {");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WatchState.load(store));
    assertTrue(e.getMessage().startsWith("the watch state " + store.resolve(WatchState.FILE) + " is damaged ("), e.getMessage());
    assertTrue(e.getMessage().endsWith("move it away to start watching afresh (the store's de-duplication keeps what is stored)"), e.getMessage());
  }
}
