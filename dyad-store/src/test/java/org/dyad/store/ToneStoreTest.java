package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.ArticleTone;
import org.dyad.model.Event;
import org.dyad.model.GdeltTone;
import org.dyad.model.SentenceTone;
import org.dyad.store.Exporter.Format;
import org.dyad.store.Exporter.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneStoreTest {
  @TempDir
  Path dir;

  /** The talks article with tone: quote +0.3, events +0.5, +0.25 and -0.6; GDELT tone 2 positive and 1 negative in 20 words. */
  static AnalyzedArticle toned(String id) {
    AnalyzedArticle a = Articles.talks(id);
    double[] tones = {0.5, 0.25, -0.6};
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < a.events().size(); i++) {
      events.add(a.events().get(i).withTone(tones[i]));
    }
    return new AnalyzedArticle(a.id(), a.url(), a.source(), a.title(), a.published(), a.dateline(), a.text(), null,
        a.entities(), List.of(a.quotes().get(0).withTone(0.3)), a.dates(), events, a.issues(),
        new ArticleTone(0.125, GdeltTone.of(2, 1, 20)), List.of(new SentenceTone(0, 10, 0.125)));
  }

  /** What schema version 2 lacked. */
  @Test
  void toneIsStoredAndReadBack() throws SQLException {
    try (Corpus c = Corpus.open(dir)) {
      c.add(toned("a1"), "a1.txt");
      assertEquals(0.3, c.queries().quotes("Rahimi", null, 0, 10).items().get(0).tone());
      assertEquals(toned("a1"), ArticleJson.parse(c.queries().articleJson(c.queries().articles(0, 1).items().get(0).key()).orElseThrow()));
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Corpus.DATABASE));
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT tone, gdelt_tone, gdelt_positive, gdelt_negative, gdelt_polarity, word_count, "
            + "(SELECT list(tone ORDER BY n) FROM events) FROM articles")) {
      assertTrue(rs.next());
      assertEquals("0.125 5.0 10.0 5.0 15.0 20 [0.5, 0.25, -0.6]", rs.getDouble(1) + " " + rs.getDouble(2) + " "
          + rs.getDouble(3) + " " + rs.getDouble(4) + " " + rs.getDouble(5) + " " + rs.getInt(6) + " " + rs.getString(7));
    }
  }

  @Test
  void timelineGivesMeanToneOfEventsAndOfTheirArticles() {
    try (Corpus c = Corpus.open(dir)) {
      c.add(toned("a1"), "a1.txt");
      List<TimelineRow> days = c.queries().timeline(EventFilter.all(100), Period.DAY).periods();
      assertEquals(new TimelineRow(LocalDate.of(2021, 3, 1), 1, 1, 0, 0, 0, 1.0, 0.5, 5.0), days.get(0));
      // the aid (+0.25) and the negated fight (-0.6) are on the same day when every modality counts
      assertEquals(new TimelineRow(LocalDate.of(2021, 3, 3), 2, 1, 0, 0, 1, -3.3, -0.175, 5.0), days.get(2));
    }
  }

  @Test
  void aVersionTwoStoreGetsTheToneColumnsAndItsRowsStayUnscored() throws SQLException {
    OldStores.holding(dir, Articles.talks("old"), 2);
    try (Corpus c = Corpus.open(dir)) {
      String other = Articles.TEXT.replace("KABUL", "HERAT") + "\n\nA second paragraph makes it another text.";
      AnalyzedArticle t = toned("new");
      c.add(new AnalyzedArticle(t.id(), t.url(), t.source(), t.title(), t.published(), t.dateline(), other, null,
          List.of(), t.quotes(), List.of(), t.events(), List.of(), t.tone(), t.sentences()), "new.txt");
      List<QuoteRow> quotes = c.queries().quotes("Rahimi", null, 0, 10).items();
      assertEquals(2, quotes.size());
      assertEquals(1, quotes.stream().filter(q -> q.tone() == null).count(), "the old quote is not scored");
      List<TimelineRow> days = c.queries().timeline(EventFilter.all(100), Period.DAY).periods();
      assertEquals(0.5, days.get(0).meanTone(), "the mean leaves the unscored event out");
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Corpus.DATABASE)); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE name = 'schema'")) {
      rs.next();
      assertEquals(DuckDbStore.SCHEMA_VERSION, rs.getString(1));
    }
  }

  @Test
  void exportsCarryTone() throws IOException {
    try (Corpus c = Corpus.open(dir.resolve("store"))) {
      c.add(toned("a1"), "a1.txt");
      Path gdelt = dir.resolve("events.gdelt.tsv");
      assertEquals(2, c.exporter().export(Format.GDELT, Table.EVENTS, gdelt).rows());
      for (String line : Files.readAllLines(gdelt)) {
        assertEquals("5.0000", line.split("\t", -1)[34], "AvgTone is the article's GDELT tone");
      }
      Path articles = dir.resolve("articles.csv");
      c.exporter().export(Format.CSV, Table.ARTICLES, articles);
      assertTrue(Files.readAllLines(articles).get(0).endsWith("tone,gdelt_tone,gdelt_positive,gdelt_negative,gdelt_polarity,word_count"));
      Path quotes = dir.resolve("quotes.csv");
      c.exporter().export(Format.CSV, Table.QUOTES, quotes);
      List<String> q = Files.readAllLines(quotes);
      assertTrue(q.get(0).endsWith(",tone") && q.get(1).endsWith(",0.3"), q.toString());
    }
  }

  @Test
  void anArticleWithoutToneStoresNulls() {
    try (Corpus c = Corpus.open(dir)) {
      c.add(Articles.talks("a1"), "a1.txt");
      assertNull(c.queries().quotes("Rahimi", null, 0, 10).items().get(0).tone());
      assertNull(c.queries().timeline(EventFilter.all(100), Period.DAY).periods().get(0).meanGdeltTone());
    }
  }
}
