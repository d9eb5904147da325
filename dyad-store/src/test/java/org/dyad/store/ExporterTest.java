package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dyad.core.json.ArticleJson;
import org.dyad.store.Exporter.Format;
import org.dyad.store.Exporter.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
  @TempDir
  Path dir;

  private Corpus filled() {
    Corpus c = Corpus.open(dir.resolve("store"));
    c.add(Articles.talks("a1"), "a1.txt");
    c.add(Articles.talks("a2", "Thumbnail\n\n" + Articles.TEXT, "a1"), "a2.txt");
    return c;
  }

  @Test
  void jsonlGivesBackTheAnalysedArticles() throws IOException {
    try (Corpus c = filled()) {
      Path out = dir.resolve("out.jsonl");
      assertEquals(1, c.exporter().export(Format.JSONL, Table.EVENTS, out));
      assertEquals(Articles.talks("a1"), ArticleJson.parse(Files.readAllLines(out).get(0)));
    }
  }

  @Test
  void csvHasAHeaderAndOneRowPerEvent() throws IOException {
    try (Corpus c = filled()) {
      Path out = dir.resolve("events.csv");
      assertEquals(3, c.exporter().export(Format.CSV, Table.EVENTS, out));
      List<String> lines = Files.readAllLines(out);
      assertEquals(4, lines.size());
      assertTrue(lines.get(0).startsWith("event_id,article_key,n,source_name"), lines.get(0));
    }
  }

  @Test
  void parquetReadsBackInDuckDb() throws SQLException {
    try (Corpus c = filled()) {
      Path out = dir.resolve("quotes.parquet");
      assertEquals(1, c.exporter().export(Format.PARQUET, Table.QUOTES, out));
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT text, speaker FROM read_parquet('" + dir.resolve("quotes.parquet") + "')")) {
      rs.next();
      assertEquals("We want calm borders", rs.getString(1));
      assertEquals("Amir Rahimi", rs.getString(2));
    }
  }

  @Test
  void gdeltHasSixtyOneColumnsAndLeavesOutNegatedEvents() throws IOException {
    try (Corpus c = filled()) {
      Path out = dir.resolve("events.gdelt.tsv");
      assertEquals(2, c.exporter().export(Format.GDELT, Table.EVENTS, out));
      List<String> lines = Files.readAllLines(out);
      String[] aid = lines.get(1).split("\t", -1);
      assertEquals(GdeltWriter.COLUMNS, aid.length);
      assertEquals("20210303", aid[1]);
      assertEquals("202103", aid[2]);
      assertEquals("RUS", aid[5]);
      assertEquals("RUSSIA", aid[6]);
      assertEquals("AFG", aid[15]);
      assertEquals("0", aid[25], "the aid sentence is not in the lead paragraph");
      assertEquals("0233", aid[26]);
      assertEquals("023", aid[27]);
      assertEquals("02", aid[28]);
      assertEquals("1", aid[29]);
      assertEquals("3.4", aid[30]);
      assertEquals("2", aid[31], "the article and its copy are two mentions");
      assertEquals("http://example.org/a1", aid[60]);
      String[] meet = lines.get(0).split("\t", -1);
      assertEquals("GOV", meet[12]);
      assertEquals("1", meet[25]);
      assertEquals("4 Kabul AF 34.5300 69.1700 1138958", String.join(" ", meet[51], meet[52], meet[53], meet[56], meet[57], meet[58]),
          "ActionGeo: a world city, its name, country, coordinates and GeoNames id");
      assertEquals("", aid[51] + aid[52] + aid[56], "an event with no action place has empty ActionGeo columns");
    }
  }
}
