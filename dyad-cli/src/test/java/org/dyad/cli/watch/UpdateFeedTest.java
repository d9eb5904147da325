package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.store.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateFeedTest {
  @TempDir
  Path store;

  @Test
  void eachCycleGetsItsOwnStampedFilesAndLastUpdateNamesTheNewest() throws Exception {
    UpdateFeed updates = new UpdateFeed(store);
    Instant at = Instant.parse("2026-12-07T18:15:00Z");
    try (Corpus corpus = Corpus.open(store)) {
      assertEquals(new UpdateFeed.Written("20261207181500", 0, 0, 0, 0), updates.write(corpus, List.of(), List.of(), List.of(), List.of(), at));
      Alerts.Fired fired = new Alerts.Fired("dyad=RUS:UKR,above=2x", "RUS:UKR", "count", 4, 3, 1, 3, "2 cycle(s)", List.of(7L, 8L, 9L));
      assertEquals(new UpdateFeed.Written("20261207181501", 0, 0, 1, 2),
          updates.write(corpus, List.of("no-such-key"), List.of(), List.of(fired), List.of(12L, 5L), at));
    }
    Path dir = store.resolve(UpdateFeed.FOLDER);
    assertEquals("5\n12\n", Files.readString(dir.resolve("20261207181501.removed.txt")));
    assertEquals("{\"rule\":\"dyad=RUS:UKR,above=2x\",\"dyad\":\"RUS:UKR\",\"metric\":\"count\",\"quad\":4,\"value\":3.0,\"baseline\":1.0,"
        + "\"events\":3,\"over\":\"2 cycle(s)\",\"eventIds\":[7,8,9]}\n", Files.readString(dir.resolve("20261207181501.alerts.jsonl")));
    try (Stream<Path> files = Files.list(store.resolve(UpdateFeed.FOLDER))) {
      assertEquals("[20261207181500.alerts.jsonl, 20261207181500.export.csv, 20261207181500.jsonl, 20261207181500.removed.txt, "
          + "20261207181501.alerts.jsonl, 20261207181501.export.csv, 20261207181501.jsonl, 20261207181501.removed.txt, lastupdate.txt]",
          files.map(p -> p.getFileName().toString()).sorted().toList().toString());
    }
    String last = Files.readString(store.resolve(UpdateFeed.FOLDER).resolve(UpdateFeed.LAST));
    assertEquals("""
        0 d41d8cd98f00b204e9800998ecf8427e 20261207181501.export.csv
        0 d41d8cd98f00b204e9800998ecf8427e 20261207181501.jsonl
        """, last.lines().limit(2).map(l -> l + "\n").reduce("", String::concat));
    assertEquals(List.of("20261207181501.alerts.jsonl", "20261207181501.removed.txt"),
        last.lines().skip(2).map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList());
    assertEquals(Files.size(dir.resolve("20261207181501.alerts.jsonl")), Long.parseLong(last.lines().skip(2).findFirst().orElseThrow().split(" ")[0]),
        "lastupdate.txt gives each file's size");
  }
}
