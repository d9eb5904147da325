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
import java.util.Arrays;
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

  /** Exports a table of the filled store to a file, checking the number of rows the exporter reports. */
  private Path export(Format format, Table table, String file, int rows) {
    try (Corpus c = filled()) {
      Path out = dir.resolve(file);
      assertEquals(rows, c.exporter().export(format, table, out).rows(), format + " rows of " + table);
      return out;
    }
  }

  @Test
  void jsonlGivesBackTheAnalysedArticles() throws IOException {
    Path out = export(Format.JSONL, Table.EVENTS, "out.jsonl", 1);
    assertEquals(Articles.talks("a1"), ArticleJson.parse(Files.readAllLines(out).get(0)));
  }

  @Test
  void csvHasAHeaderAndOneRowPerEvent() throws IOException {
    List<String> lines = Files.readAllLines(export(Format.CSV, Table.EVENTS, "events.csv", 3));
    assertEquals(4, lines.size());
    assertTrue(lines.get(0).startsWith("event_id,article_key,n,source_name"), lines.get(0));
  }

  @Test
  void parquetReadsBackInDuckDb() throws SQLException {
    Path out = export(Format.PARQUET, Table.QUOTES, "quotes.parquet", 1);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT text, speaker FROM read_parquet('" + out + "')")) {
      rs.next();
      assertEquals("We want calm borders", rs.getString(1));
      assertEquals("Amir Rahimi", rs.getString(2));
    }
  }

  @Test
  void gdeltHasSixtyOneColumnsAndLeavesOutNegatedEvents() throws IOException {
    List<String> lines = Files.readAllLines(export(Format.GDELT, Table.EVENTS, "events.gdelt.tsv", 2));
    String[] aid = lines.get(1).split("\t", -1);
    assertEquals(GdeltWriter.COLUMNS, aid.length);
    assertEquals("1=20210303 2=202103 5=RUS 6=RUSSIA 15=AFG 25=0 26=0233 27=023 28=02 29=1 30=3.4 31=2 60=http://example.org/a1",
        columns(aid, 1, 2, 5, 6, 15, 25, 26, 27, 28, 29, 30, 31, 60), "the aid event: day, month, source RUS, target AFG, "
            + "not in the lead paragraph (25), codes, QuadClass, Goldstein, two mentions (31: the article and its copy), URL");
    String[] meet = lines.get(0).split("\t", -1);
    assertEquals("GOV", meet[12]);
    assertEquals("1", meet[25]);
    assertEquals("4 Kabul AF AF13 34.5300 69.1700 1138958", String.join(" ", meet[51], meet[52], meet[53], meet[54], meet[56], meet[57],
        meet[58]), "ActionGeo: a world city, its name, FIPS country, ADM1 (Kabul province, 13), coordinates and GeoNames id");
    assertEquals("", aid[51] + aid[52] + aid[56], "an event with no action place (and an article without a dateline) has empty ActionGeo");
    assertEquals("1 Russia RS RS", String.join(" ", aid[35], aid[36], aid[37], aid[38]), "Actor1Geo: Russia, named alone, at country level");
  }

  /** Columns of a GDELT row as {@code index=value} (0-based), to compare in one go. */
  private static String columns(String[] row, int... indexes) {
    return String.join(" ", Arrays.stream(indexes).mapToObj(i -> i + "=" + row[i]).toList());
  }
}
