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
      assertEquals(new UpdateFeed.Written("20261207181500", 0, 0), updates.write(corpus, List.of(), at));
      assertEquals(new UpdateFeed.Written("20261207181501", 0, 0), updates.write(corpus, List.of("no-such-key"), at));
    }
    try (Stream<Path> files = Files.list(store.resolve(UpdateFeed.FOLDER))) {
      assertEquals("[20261207181500.export.csv, 20261207181500.jsonl, 20261207181501.export.csv, 20261207181501.jsonl, lastupdate.txt]",
          files.map(p -> p.getFileName().toString()).sorted().toList().toString());
    }
    assertEquals("""
        0 d41d8cd98f00b204e9800998ecf8427e 20261207181501.export.csv
        0 d41d8cd98f00b204e9800998ecf8427e 20261207181501.jsonl
        """, Files.readString(store.resolve(UpdateFeed.FOLDER).resolve(UpdateFeed.LAST)));
  }
}
