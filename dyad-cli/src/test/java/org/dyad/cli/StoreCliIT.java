package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest into the embedded store with the real models, then every query and export command over it. */
class StoreCliIT {
  @TempDir
  Path dir;

  private Path corpus() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    String story = "MOSCOW, August 25. /TASS/. Russia pledged humanitarian aid to Afghanistan on Wednesday, the Kremlin said.\n\n"
        + "\"We will help the Afghan people,\" Kremlin spokesman Dmitry Peskov told reporters.\n\n"
        + "Russian Foreign Minister Sergey Lavrov met Pakistani Foreign Minister Shah Mahmood Qureshi in Moscow on Tuesday.";
    Files.writeString(in.resolve("a.txt"), "Russia pledges aid\n\n" + story);
    Files.writeString(in.resolve("b.txt"), "Home\nLatest news\n\nRussia pledges aid\n\n" + story + "\n\nShare this post");
    Files.write(in.resolve("c.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    return in;
  }

  @Test
  void ingestIsIdempotentAndEveryQueryAnswersFromTheStore() throws IOException {
    Path in = corpus();
    String store = dir.resolve("store").toString();
    CliIT.Run first = CliIT.run("ingest", "--store", store, "--date", "2021-08-27", in.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.err().contains("1 new article(s), 1 copy(ies) of stored articles, 0 already stored, 1 without text"), first.err());
    CliIT.Run again = CliIT.run("ingest", "--store", store, "--date", "2021-08-27", in.toString());
    assertTrue(again.err().contains("0 new article(s), 0 copy(ies) of stored articles, 2 already stored"), again.err());
    assertTrue(again.err().contains("articles=1, mentions=1, failures=1"), again.err());

    CliIT.Run events = CliIT.run("events", "--store", store, "--dyad", "RUS:AFG", "--from", "2021-08-01", "--to", "2021-08-31");
    assertEquals(0, events.exit(), events.err());
    assertTrue(events.out().contains("Russia pledged humanitarian aid"), events.out());
    CliIT.Run merged = CliIT.run("events", "--store", store, "--merged", "--dyad", "RUS:AFG", "--json");
    assertTrue(merged.out().contains("\"mentions\":2"), "the article and its copy report the same events: " + merged.out());
    CliIT.Run timeline = CliIT.run("timeline", "RUS:AFG", "--store", store, "--by", "week", "--json");
    assertTrue(timeline.out().contains("\"period\":\"2021-08-23\""), timeline.out());
    assertTrue(timeline.out().matches("(?s).*\"meanTone\":-?[0-9].*\"meanGdeltTone\":-?[0-9].*"), "tone per period: " + timeline.out());
    CliIT.Run search = CliIT.run("search", "--store", store, "\"afghan people\"");
    assertTrue(search.out().contains("[Afghan] [people]"), search.out());
    CliIT.Run quotes = CliIT.run("quotes", "--store", store, "--speaker", "peskov");
    assertTrue(quotes.out().contains("We will help the Afghan people"), quotes.out());
    CliIT.Run actors = CliIT.run("actors", "--store", store, "--type", "person");
    assertTrue(actors.out().contains("person:dmitry-peskov"), actors.out());

    Path gdelt = dir.resolve("events.tsv");
    assertEquals(0, CliIT.run("export", "--store", store, "--format", "gdelt", "-o", gdelt.toString()).exit());
    List<String> rows = Files.readAllLines(gdelt);
    assertTrue(rows.stream().allMatch(r -> r.split("\t", -1).length == 61), rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.contains("\tRUS\t") && r.contains("\t2\t")), "the copy counts as a second mention: " + rows);
    assertTrue(rows.stream().anyMatch(r -> !r.split("\t", -1)[34].equals("0.0000")), "AvgTone is the article's GDELT tone: " + rows);
  }

  @Test
  void queriesSayClearlyWhenThereIsNoStoreOrTheFilterIsBad() {
    CliIT.Run none = CliIT.run("events", "--store", dir.resolve("none").toString());
    assertEquals(1, none.exit());
    assertTrue(none.err().contains("no Dyad store"), none.err());
    CliIT.Run bad = CliIT.run("events", "--store", dir.toString(), "--dyad", "AFGHANISTAN");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("bad dyad 'AFGHANISTAN'"), bad.err());
  }
}
