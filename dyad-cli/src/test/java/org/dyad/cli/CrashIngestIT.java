package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dyad.store.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest with SIGKILL at random points, reruns it each time, and checks that the store ends
 * with exactly the rows of an uninterrupted run: nothing lost, nothing doubled, every article whole.
 */
class CrashIngestIT {
  private static final String[] WORDS = ("minister envoy border trade talks aid convoy wheat fuel embassy treaty summit "
      + "ceasefire refugees election parliament drought harvest pipeline railway airport sanctions loan port customs "
      + "delegation governor province valley river mountain school clinic vaccine bridge highway market currency "
      + "inflation budget exports imports security patrol checkpoint court judge lawyer journalist newspaper radio").split(" ");
  private static final int ARTICLES = 150;

  @TempDir
  Path dir;

  @Test
  void aKilledIngestRerunEndsExactlyLikeAnUninterruptedOne() throws Exception {
    Path in = corpus(new Random(7));
    Path clean = dir.resolve("clean");
    assertEquals(0, ingest(clean, in, -1));
    long workMillis = lastWorkMillis;
    List<String> expected = dump(clean);
    assertEquals(ARTICLES, count(clean, "articles"));

    Path crashed = dir.resolve("crashed");
    Random random = new Random(11);
    int interrupted = 0;
    List<String> kills = new ArrayList<>();
    long budget = workMillis;
    for (int kill = 0; kill < 6 && interrupted < 3; kill++) {
      long at = (long) (budget * (0.1 + 0.8 * random.nextDouble()));
      int exit = ingest(crashed, in, at);
      long stored = count(crashed, "articles");
      kills.add("killed after " + at + " of " + budget + " ms: exit " + exit + ", " + stored + " stored");
      if (exit != 0) {
        interrupted += stored > 0 && stored < ARTICLES ? 1 : 0;
        assertWholeArticles(crashed);
      } else if (interrupted == 0) {
        // The run ended before the kill (the machine got less busy than during the timed run): start over, kill sooner.
        deleteTree(crashed);
        budget /= 2;
      } else {
        break;
      }
    }
    assertEquals(0, ingest(crashed, in, -1));
    assertTrue(interrupted > 0, "no kill landed in the middle of an ingest; the test proved nothing: " + kills);
    assertEquals(expected, dump(crashed));
    try (Corpus c = Corpus.openReadOnly(crashed)) {
      assertEquals(ARTICLES, c.queries().search("dispatch", 0, 10 * ARTICLES).items().stream().filter(h -> h.kind().equals("article")).count(),
          "the search index holds every stored article once");
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** How long the last ingest took from its first stored article to its last (JVM start and closing left out). */
  private static long lastWorkMillis;

  /**
   * Runs the scripted ingest in its own JVM; kills it with SIGKILL {@code killAfterMillis} after it
   * starts reading (never when negative).
   */
  private static int ingest(Path store, Path in, long killAfterMillis) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path started = Path.of(store + ".started");
    Path done = Path.of(store + ".done");
    Files.deleteIfExists(started);
    Files.deleteIfExists(done);
    Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        ScriptedIngestMain.class.getName(), store.toString(), in.toString())
        .redirectErrorStream(true).redirectOutput(new File(store + ".log")).start();
    while (!Files.exists(started) && p.isAlive()) {
      Thread.sleep(5);
    }
    if (killAfterMillis >= 0 && !p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
    }
    p.waitFor();
    if (Files.exists(done) && Files.exists(started)) {
      lastWorkMillis = Files.getLastModifiedTime(done).toMillis() - Files.getLastModifiedTime(started).toMillis();
    }
    return p.exitValue();
  }

  private Path corpus(Random random) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < ARTICLES; i++) {
      StringBuilder text = new StringBuilder("Dispatch " + i + " on " + word(random) + " and " + word(random) + "\n\n");
      for (int p = 0; p < 3; p++) {
        text.append("The ").append(word(random)).append(" officials said the ").append(word(random)).append(" and the ")
            .append(word(random)).append(" would be discussed with the ").append(word(random)).append(" team on day ")
            .append(i * 3 + p).append(", while the ").append(word(random)).append(" stayed open.\n\n");
      }
      Files.writeString(in.resolve(String.format("a%03d.txt", i)), text.toString());
      if (i % 25 == 0) {
        Files.writeString(in.resolve(String.format("a%03d-copy.txt", i)), "Latest news\nShare this post\n\n" + text);
      }
    }
    Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 0, 0, 9});
    return in;
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static Connection open(Path store) throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:" + store.resolve(Corpus.DATABASE));
  }

  private static long count(Path store, String table) throws SQLException {
    try (Connection db = open(store); Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Every stored article has all its rows: one entity, quote and event per paragraph. */
  private static void assertWholeArticles(Path store) throws SQLException {
    String sql = "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM events e WHERE e.article_key = a.key) "
        + "<> len(string_split(a.text, chr(10) || chr(10))) OR (SELECT count(*) FROM quotes q WHERE q.article_key = a.key) "
        + "<> (SELECT count(*) FROM entities n WHERE n.article_key = a.key)";
    try (Connection db = open(store); Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      assertEquals(0, rs.getLong(1), "articles with missing rows after a kill");
    }
  }

  /** The store's content without ids and times that legitimately differ between runs. */
  private static List<String> dump(Path store) throws SQLException {
    List<String> out = new ArrayList<>();
    String[] queries = {
        "SELECT key, id, title, text FROM articles ORDER BY key",
        "SELECT key, article_key, id FROM mentions ORDER BY key",
        "SELECT origin FROM failures ORDER BY origin",
        "SELECT article_key, n, entity_id, start_offset, end_offset FROM entities ORDER BY article_key, n",
        "SELECT article_key, n, start_offset, end_offset, text FROM quotes ORDER BY article_key, n",
        "SELECT article_key, n, code, day, start_offset, end_offset, evidence FROM events ORDER BY article_key, n"};
    try (Connection db = open(store); Statement st = db.createStatement()) {
      for (String q : queries) {
        try (ResultSet rs = st.executeQuery(q)) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder(q.substring(q.indexOf("FROM"), q.indexOf(" ORDER")));
            for (int c = 1; c <= md.getColumnCount(); c++) {
              row.append('|').append(rs.getString(c));
            }
            out.add(row.toString());
          }
        }
      }
    }
    return out;
  }
}
