package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.store.Corpus.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusTest {
  @TempDir
  Path dir;

  @Test
  void storesAnArticleWithItsEntitiesQuotesAndEvents() {
    try (Corpus c = Corpus.open(dir)) {
      assertEquals(Outcome.NEW, c.add(Articles.talks("a1"), "a1.txt"));
      assertEquals(Map.of("articles", 1L, "mentions", 0L, "failures", 0L, "entities", 3L, "quotes", 1L, "events", 3L), c.counts());
    }
  }

  @Test
  void aVersionOneStoreGetsThePlaceColumnsAndANewerOneIsRefused() throws Exception {
    try (Corpus c = Corpus.open(dir)) {
      c.counts();
    }
    String url = "jdbc:duckdb:" + dir.resolve(Corpus.DATABASE);
    try (Connection db = DriverManager.getConnection(url); Statement st = db.createStatement()) {
      OldStores.asVersion(st, 1);
    }
    try (Corpus c = Corpus.open(dir)) {
      assertEquals(Outcome.NEW, c.add(Articles.talks("a1"), "a1.txt"));
    }
    try (Connection db = DriverManager.getConnection(url); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT place_name, (SELECT value FROM meta WHERE name = 'schema') FROM events WHERE n = 0")) {
      assertTrue(rs.next());
      assertEquals("Kabul 7", rs.getString(1) + " " + rs.getString(2), "migrated through versions 2, 3, 4, 5 and 6 to 7");
      st.execute("UPDATE meta SET value = '8' WHERE name = 'schema'");
    }
    StoreException e = assertThrows(StoreException.class, () -> Corpus.open(dir).close());
    assertTrue(e.getMessage().contains("schema version 8"), e.getMessage());
  }

  @Test
  void aVersionFiveStoreGetsTheReviewsTableAndTakesJudgements() throws Exception {
    OldStores.holding(dir, Articles.talks("old"), 5);
    try (Corpus c = Corpus.openReadOnly(dir)) {
      assertEquals(null, c.reviews().stats().overall(), "read-only opening migrates first: the table is there, empty");
    }
    try (Corpus c = Corpus.open(dir)) {
      EventRow e = c.queries().events(EventFilter.all(1)).items().get(0);
      c.review(new Review(EventKey.of(e), Verdict.RIGHT, null, null, "ana"));
      assertEquals(1, c.reviews().stats().overall().judged());
    }
  }

  @Test
  void aVersionSixStoreGetsTheQuoteReviewsTableAndTakesQuoteJudgements() throws Exception {
    OldStores.holding(dir, Articles.talks("old"), 6);
    try (Corpus c = Corpus.openReadOnly(dir)) {
      assertEquals(null, c.queries().quoteReviews().stats().overall(), "read-only opening migrates first: the table is there, empty");
    }
    try (Corpus c = Corpus.open(dir)) {
      QuoteRow q = c.queries().quotes(null, null, 0, 1).items().get(0);
      c.review(new QuoteReview(QuoteKey.of(q), Verdict.RIGHT, null, null, null, "ana"));
      assertEquals(1, c.queries().quoteReviews().stats().overall().judged());
    }
  }

  @Test
  void aVersionThreeStoreGivesItsEventsWithoutAPlaceTheirDatelinePlace() throws Exception {
    try (Corpus c = Corpus.open(dir)) {
      c.add(Articles.withDateline("w1"), "w1.txt");
    }
    String url = "jdbc:duckdb:" + dir.resolve(Corpus.DATABASE);
    try (Connection db = DriverManager.getConnection(url); Statement st = db.createStatement()) {
      st.execute("UPDATE events SET place_name = NULL, place_kind = NULL, place_geonames_id = NULL, place_lat = NULL, "
          + "place_lon = NULL, place_country = NULL WHERE n > 0");
      OldStores.asVersion(st, 3);
    }
    try (Corpus c = Corpus.openReadOnly(dir)) {
      assertEquals(List.of("040 Kabul text", "0233 Kabul dateline", "190 Kabul dateline"), c.queries().events(EventFilter.all(10))
          .items().stream().map(e -> e.code() + " " + e.place().name() + " " + e.placeSource()).toList(),
          "the migration fills what ingest now fills, also when the old store is opened to be read (by dyad serve)");
    }
  }

  @Test
  void aVersionFourStoreGetsCountryFromEmptyInOldRowsAndFilledInNewOnes() throws Exception {
    OldStores.holding(dir, Articles.talks("old"), 4);
    try (Corpus c = Corpus.open(dir)) {
      c.add(Articles.talks("new", Articles.TEXT + " More talks follow.", null), "new.txt");
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Corpus.DATABASE)); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT string_agg(a.id || ' ' || e.text || ' ' || e.country || ' ' || coalesce(e.country_from, '-'), ', '"
            + " ORDER BY a.id DESC, e.n) || ' schema ' || (SELECT value FROM meta WHERE name = 'schema') FROM entities e JOIN articles a ON a.key = e.article_key")) {
      assertTrue(rs.next());
      assertEquals("old Amir Rahimi AFG -, old Oleg Petrov RUS -, old Russia RUS -, new Amir Rahimi AFG dateline, new Oleg Petrov RUS title, "
          + "new Russia RUS name schema 7", rs.getString(1), "rows of the old store keep no evidence; rows written after the migration do");
    }
  }

  @Test
  void aStoreInUseIsExplainedInDyadsWords() {
    String duckDb = "IO Error: Could not set lock on file \"/data/dyad.duckdb\": Conflicting lock is held in /usr/bin/java (PID 4242) "
        + "by user someone. See also https://duckdb.org/docs/stable/connect/concurrency";
    String said = DuckDbStore.openFailure(Path.of("/data/dyad.duckdb"), duckDb);
    assertTrue(said.startsWith("the store /data is in use by another process (PID 4242): a `dyad serve` holds"), said);
    assertFalse(said.contains("duckdb.org"), said);
  }

  /**
   * Each row: what it shows; the steps, each {@code talks ID ORIGIN} ({@link Articles#talks}), {@code failed
   * ID ORIGIN} ({@link Articles#failed}) or {@code reopen} (close the store and open it again); the outcome
   * of each add; some table counts after them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      adding the same article twice changes nothing             | talks a1 a1.txt; reopen; talks a1 a1.txt | NEW ALREADY_STORED | articles=1 events=3
      the same text from another place is one more mention once | talks a1 a1.txt; talks elsewhere elsewhere.txt; talks elsewhere elsewhere.txt | NEW COPY ALREADY_STORED | mentions=1 articles=1
      an input without text is recorded with its reason once    | failed bad bad.bin; failed bad bad.bin | FAILED FAILED | failures=1 articles=0
      """)
  void addingAgainStoresNothingTwice(String what, String steps, String outcomes, String counts) {
    List<String> seen = new ArrayList<>();
    Corpus c = Corpus.open(dir);
    try {
      for (String step : steps.split(";")) {
        String[] w = step.strip().split(" ");
        if (w[0].equals("reopen")) {
          c.close();
          c = Corpus.open(dir);
        } else {
          seen.add(c.add(w[0].equals("talks") ? Articles.talks(w[1]) : Articles.failed(w[1]), w[2]).name());
        }
      }
      assertEquals(outcomes, String.join(" ", seen), what);
      Map<String, Long> all = c.counts();
      assertEquals(counts, Arrays.stream(counts.split(" ")).map(kv -> kv.split("=")[0] + "=" + all.get(kv.split("=")[0]))
          .collect(Collectors.joining(" ")), what);
    } finally {
      c.close();
    }
  }

  @Test
  void aCopyIsAMentionOfTheFirstArticle() {
    try (Corpus c = Corpus.open(dir)) {
      c.add(Articles.talks("a1"), "a1.txt");
      String copy = "Share this post\n\n" + Articles.TEXT;
      assertEquals(Outcome.COPY, c.add(Articles.talks("a2", copy, "a1"), "a2.txt"));
      assertEquals(1L, c.counts().get("mentions"));
      assertEquals(1L, c.queries().articles(0, 10).items().get(0).copies());
    }
  }

  @Test
  void searchFindsArticlesAndQuotesAfterAFlush() {
    try (Corpus c = Corpus.open(dir)) {
      c.add(Articles.talks("a1"), "a1.txt");
      c.flush();
      List<SearchHit> hits = c.queries().search("\"calm borders\"", 0, 10).items();
      assertEquals(List.of("article", "quote"), hits.stream().map(SearchHit::kind).sorted().toList());
      assertTrue(hits.get(0).snippet().contains("[calm] [borders]"), hits.get(0).snippet());
      assertTrue(c.queries().search("wheat", 0, 10).items().stream().anyMatch(h -> h.kind().equals("article")));
      assertTrue(c.queries().search("tanks", 0, 10).items().isEmpty());
    }
  }

  @Test
  void aBadSearchQueryIsAClearError() {
    try (Corpus c = Corpus.open(dir)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.queries().search("\"unclosed", 0, 5).items());
      assertTrue(e.getMessage().startsWith("bad search query"), e.getMessage());
    }
  }

  @Test
  void reopeningRepairsAnIndexThatMissedArticles() {
    try (Corpus c = Corpus.open(dir)) {
      c.add(Articles.talks("a1"), "a1.txt");
      // no flush: the index commit happens on close, so simulate a lost index by deleting it afterwards
    }
    deleteIndex();
    try (Corpus c = Corpus.open(dir)) {
      assertFalse(c.queries().search("wheat", 0, 5).items().isEmpty());
    }
  }

  @Test
  void aReadOnlyStoreMustExist() {
    StoreException e = assertThrows(StoreException.class, () -> Corpus.openReadOnly(dir.resolve("none")));
    assertTrue(e.getMessage().contains("no Dyad store"), e.getMessage());
  }

  @Test
  void datesOfEventsAndQuotesBecomeDays() {
    try (Corpus c = Corpus.open(dir)) {
      c.add(Articles.talks("a1"), "a1.txt");
      assertEquals(LocalDate.of(2021, 3, 1), c.queries().quotes("rahimi", null, 0, 10).items().get(0).day());
    }
  }

  private void deleteIndex() {
    try (var files = java.nio.file.Files.walk(dir.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
