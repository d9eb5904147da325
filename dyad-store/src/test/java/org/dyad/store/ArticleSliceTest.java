package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dyad.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store read for some articles only, as a watch's update files need it: their key, their events, their GDELT rows. */
class ArticleSliceTest {
  @TempDir
  Path dir;

  @Test
  void storedSinceSaysWhatWasStoredOrCopiedFromAMoment() {
    Instant t1 = Instant.parse("2026-12-07T18:00:00Z");
    Instant t2 = Instant.parse("2026-12-07T18:15:00Z");
    AnalyzedArticle talks = Articles.talks("t1");
    AnalyzedArticle other = Articles.telling("o1", LocalDate.of(2021, 4, 1), List.of());
    String talksKey;
    String otherKey;
    try (Corpus c = Corpus.open(dir.resolve("store"), false, Clock.fixed(t1, ZoneOffset.UTC))) {
      c.add(talks, "t1.txt");
      c.add(other, "o1.txt");
      talksKey = c.articleKey(talks);
      otherKey = c.articleKey(other);
    }
    try (Corpus c = Corpus.open(dir.resolve("store"), false, Clock.fixed(t2, ZoneOffset.UTC))) {
      c.add(Articles.talks("t2", "Thumbnail\n\n" + Articles.TEXT, talksKey), "t2.txt");
      assertEquals(List.of(talksKey, otherKey), List.copyOf(c.storedSince(List.of(talksKey, otherKey, "absent"), t1)));
      assertEquals(List.of(talksKey), List.copyOf(c.storedSince(List.of(talksKey, otherKey), t2)));
      assertEquals(List.of(), List.copyOf(c.storedSince(List.of(talksKey, otherKey), t2.plusMillis(1))));
    }
  }

  private static String column(List<String> lines, int c) {
    return lines.stream().map(l -> l.split("\t", -1)[c]).toList().toString();
  }

  @Test
  void eventsAndGdeltRowsOfChosenArticlesCarryTheirCopiesCounts() throws Exception {
    try (Corpus c = Corpus.open(dir.resolve("store"))) {
      AnalyzedArticle talks = Articles.talks("t1");
      AnalyzedArticle copy = Articles.talks("t2", "Thumbnail\n\n" + Articles.TEXT, "t1");
      AnalyzedArticle other = Articles.telling("o1", LocalDate.of(2021, 4, 1), List.of(Articles.on("2021-04-01", "FRA", "DEU", "042", 1)));
      c.add(talks, "t1.txt");
      c.add(other, "o1.txt");
      c.add(copy, "t2.txt");
      String talksKey = c.articleKey(talks);
      assertEquals(talksKey, c.articleKey(copy), "a copy is filed under its original");
      assertNull(c.articleKey(Articles.failed("f1")));

      List<EventRow> events = c.queries().eventsOfArticles(List.of(talksKey, talksKey));
      assertEquals("[040 2, 0233 2, 190 2]", events.stream().map(e -> e.code() + " " + e.mentions()).toList().toString());
      assertEquals(List.of(), c.queries().eventsOfArticles(List.of()));

      Path out = dir.resolve("cycle.export.csv");
      assertEquals(2, c.exporter().gdelt(out, List.of(talksKey)).rows(), "the negated event stays home");
      List<String> lines = Files.readAllLines(out);
      assertEquals("[040, 0233] [2, 2]", column(lines, 26) + " " + column(lines, 31));
      assertEquals(1, c.exporter().gdelt(out, List.of(c.articleKey(other))).rows());
      assertEquals("[042]", column(Files.readAllLines(out), 26));
      assertEquals(0, c.exporter().gdelt(out, List.of()).rows());
      assertEquals(List.of(), Files.readAllLines(out));
    }
  }
}
