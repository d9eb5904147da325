package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchStatusTest {
  @TempDir
  Path store;

  @Test
  void noWatchNoStatus() throws Exception {
    assertFalse(new WatchStatus(store).read().watched());
    assertFalse(new WatchStatus(null).read().watched());
  }

  @Test
  void theLastWholeCycleAndTheFilesLastUpdateNames() throws Exception {
    Files.createDirectories(store.resolve("watch"));
    Files.createDirectories(store.resolve("updates"));
    String filler = "{\"cycle\":1,\"at\":\"2026-12-07T18:00:00Z\",\"note\":\"" + "x".repeat(5000) + "\"}\n";
    Files.writeString(store.resolve(WatchStatus.LOG), filler + "{\"cycle\":2,\"at\":\"2026-12-07T18:15:00Z\",\"stored\":3}\n{\"cycle\":3,\"at");
    Files.writeString(store.resolve(WatchStatus.LAST), "10 0123 20261207181500.export.csv\n4 4567 20261207181500.jsonl\n");
    WatchStatus.Status s = new WatchStatus(store).read();
    assertEquals("2 2026-12-07T18:15:00Z 3", s.lastCycle().get("cycle").asInt() + " " + s.lastCycle().get("at").asText() + " "
        + s.lastCycle().get("stored").asInt(), "the cycle being written is not read half-way");
    assertEquals(List.of("20261207181500.export.csv", "20261207181500.jsonl"), s.lastUpdate());
    Files.writeString(store.resolve(WatchStatus.LOG), "{\"cycle\":1");
    assertNull(new WatchStatus(store).read().lastCycle());
  }
}
