package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.read.InputReader;
import org.dyad.model.AnalyzedArticle;
import org.dyad.store.Corpus;
import org.dyad.store.EventRecords;
import org.dyad.store.Exporter;
import org.dyad.store.GdeltExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local[2] mode on the bundled sample corpus gives the same articles, entities, quotes
 * and events as {@code dyad analyze} (the same reader and pipeline run one document after another,
 * as the command runs them), and the GDELT export has one line per asserted, dated event, its
 * ActionGeo the event's action place.
 */
class DyadSparkJobIT {
  /** The command's sample corpus, read in place from dyad-cli's sources. */
  private static final Path SAMPLES = Path.of("../dyad-cli/src/main/resources/dyad/samples").toAbsolutePath().normalize();
  private static final JobConfig CONFIG = new JobConfig(LocalDate.of(2021, 9, 10), 2, JobConfig.MAX_INPUT_BYTES, true);
  private static SparkSession spark;
  private static List<AnalyzedArticle> expected;
  @TempDir
  static Path out;

  @BeforeAll
  static void run() {
    assertTrue(Files.isDirectory(SAMPLES), "sample corpus missing: " + SAMPLES);
    expected = new ArrayList<>();
    Pipeline pipeline = SharedModels.pipeline(CONFIG);
    new InputReader(JobConfig.MAX_INPUT_BYTES).read(List.of(SAMPLES), doc -> expected.add(pipeline.process(doc)));
    spark = SparkSession.builder().master("local[2]").appName("dyad-it").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
    long n = DyadSparkJob.run(spark, SAMPLES.toString(), out.toString(), CONFIG);
    assertEquals(expected.size(), n);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void articlesAreTheCommandsInItsOrder() {
    List<String> rows = expectedRows(a -> ArticleTables.articles("", 0, a));
    assertFalse(rows.isEmpty());
    assertEquals(rows, actualRows("articles"));
  }

  @Test
  void entitiesQuotesAndEventsAreTheCommands() {
    for (String table : List.of("entities", "quotes", "events")) {
      Function<AnalyzedArticle, List<Row>> rows = switch (table) {
        case "entities" -> a -> ArticleTables.entities("", 0, a);
        case "quotes" -> a -> ArticleTables.quotes("", 0, a);
        default -> a -> ArticleTables.events("", 0, a);
      };
      List<String> want = expectedRows(rows);
      assertFalse(want.isEmpty(), table);
      assertEquals(want, actualRows(table), table);
    }
  }

  @Test
  void copiesPointToTheirFirstCopyAsInTheCommand() {
    List<String> want = expected.stream().filter(a -> a.duplicateOf() != null).map(a -> a.id() + "->" + a.duplicateOf()).toList();
    assertFalse(want.isEmpty(), "the sample corpus holds a syndicated copy");
    List<String> got = spark.read().parquet(out + "/articles").where("duplicate_of IS NOT NULL").sort("file", "record")
        .collectAsList().stream().map(r -> r.getAs("id") + "->" + r.getAs("duplicate_of")).toList();
    assertEquals(want, got);
  }

  @Test
  void gdeltHasOneLineOf61ColumnsPerAssertedDatedEvent() {
    long want = expected.stream().mapToLong(a -> GdeltOutput.inputs("", 0, a).size()).sum();
    List<String> lines = spark.read().text(out + "/gdelt").collectAsList().stream().map(r -> r.getString(0)).toList();
    assertEquals(want, lines.size());
    assertTrue(want > 0);
    assertTrue(lines.stream().allMatch(l -> l.split("\t", -1).length == 61), lines.get(0));
    assertEquals(IntStream.rangeClosed(1, lines.size()).mapToObj(Integer::toString).toList(),
        lines.stream().map(l -> l.substring(0, l.indexOf('\t'))).sorted((x, y) -> Long.compare(Long.parseLong(x), Long.parseLong(y))).toList());
  }

  @Test
  void gdeltActionGeoIsTheEventsActionPlace() {
    List<String> want = expected.stream().flatMap(a -> a.events().stream()
        .filter(e -> GdeltExport.exported(e.modality()) && GdeltExport.day(e, a.published()) != null)
        .map(e -> EventRecords.located(e, EventRecords.datelinePlace(a)).place())
        .map(p -> p == null ? "" : p.name() + " " + String.format(Locale.ROOT, "%.4f %.4f", p.lat(), p.lon())))
        .toList();
    List<String> got = spark.read().text(out + "/gdelt").collectAsList().stream().map(r -> r.getString(0).split("\t", -1))
        .sorted(Comparator.comparingLong(c -> Long.parseLong(c[0]))).map(c -> (c[52] + " " + c[56] + " " + c[57]).strip()).toList();
    assertEquals(want, got, "ActionGeo FullName, Lat and Long (the action place, else the dateline's), line by line");
    assertTrue(want.stream().anyMatch(g -> !g.isEmpty()), "the sample corpus has events with an action place");
  }

  @Test
  void gdeltAvgToneIsTheArticlesGdeltTone() {
    List<String> want = expected.stream().flatMap(a -> a.events().stream()
        .filter(e -> GdeltExport.exported(e.modality()) && GdeltExport.day(e, a.published()) != null)
        .map(e -> String.format(Locale.ROOT, "%.4f", a.tone().gdelt().tone())))
        .toList();
    List<String> got = spark.read().text(out + "/gdelt").collectAsList().stream().map(r -> r.getString(0).split("\t", -1))
        .sorted(Comparator.comparingLong(c -> Long.parseLong(c[0]))).map(c -> c[34]).toList();
    assertEquals(want, got, "AvgTone, line by line");
    assertTrue(want.stream().anyMatch(t -> !t.equals("0.0000")), "the sample corpus has articles with a tone");
  }

  /**
   * The store, given the same articles in the same order, exports the same GDELT lines: every column but the
   * event id (the store numbers every event, the job only those it exports) and DATEADDED; NumMentions included.
   */
  @Test
  void gdeltLinesAreTheStoresForTheSameInput(@TempDir Path store) throws Exception {
    Path file = store.resolve("events.tsv");
    try (Corpus c = Corpus.open(store.resolve("store"))) {
      for (AnalyzedArticle a : expected) {
        c.add(a, a.id());
      }
      c.exporter().export(Exporter.Format.GDELT, Exporter.Table.EVENTS, file);
    }
    List<String> fromStore = Files.readAllLines(file).stream().map(DyadSparkJobIT::withoutIdAndAdded).toList();
    List<String> fromJob = spark.read().text(out + "/gdelt").collectAsList().stream().map(r -> r.getString(0))
        .sorted(Comparator.comparingLong(l -> Long.parseLong(l.substring(0, l.indexOf('\t'))))).map(DyadSparkJobIT::withoutIdAndAdded).toList();
    assertEquals(fromStore, fromJob);
    assertTrue(fromJob.stream().anyMatch(l -> l.split("\t", -1)[31].equals("2")), "the syndicated copy is a second mention in both");
  }

  /** Each entity the store keeps for the same articles is in the job's table with the same country and country_from. */
  @Test
  void entitiesCarryTheStoresCountryFrom(@TempDir Path store) {
    Path file = store.resolve("entities.parquet");
    try (Corpus c = Corpus.open(store.resolve("store"))) {
      for (AnalyzedArticle a : expected) {
        c.add(a, a.id());
      }
      c.exporter().export(Exporter.Format.PARQUET, Exporter.Table.ENTITIES, file);
    }
    List<String> fromStore = spark.read().parquet(file.toString()).collectAsList().stream()
        .map(r -> entityKey(r, "start_offset", "end_offset")).toList();
    Set<String> fromJob = new HashSet<>(spark.read().parquet(out + "/entities").collectAsList().stream()
        .map(r -> entityKey(r, "start", "end")).toList());
    assertFalse(fromStore.isEmpty());
    assertTrue(fromStore.stream().anyMatch(k -> !k.endsWith("|null")), "the sample corpus has entities with a country_from");
    assertEquals(List.of(), fromStore.stream().filter(k -> !fromJob.contains(k)).toList());
  }

  private static String entityKey(Row r, String start, String end) {
    return r.getAs(start) + "|" + r.getAs(end) + "|" + r.getAs("text") + "|" + r.getAs("country") + "|" + r.getAs("country_from");
  }

  private static String withoutIdAndAdded(String line) {
    String[] c = line.split("\t", -1);
    c[0] = "";
    c[59] = "";
    return String.join("\t", c);
  }

  @Test
  void tablesCarryTheStoresToneColumns() {
    for (String table : List.of("articles", "quotes", "events")) {
      List<String> columns = List.of(spark.read().parquet(out + "/" + table).columns());
      List<String> tone = switch (table) {
        case "articles" -> List.of("tone", "gdelt_tone", "gdelt_positive", "gdelt_negative", "gdelt_polarity", "word_count");
        case "events" -> List.of("tone", "place_source", "lexicon");
        default -> List.of("tone");
      };
      assertTrue(columns.containsAll(tone), table + ": " + columns);
    }
  }

  @Test
  void failuresHoldEveryDocumentWithoutText() {
    List<String> want = expected.stream().filter(ArticleTables::failed).map(AnalyzedArticle::id).toList();
    List<String> got = spark.read().parquet(out + "/failures").sort("file", "record").collectAsList().stream()
        .map(r -> r.<String>getAs("id")).toList();
    assertEquals(want, got);
  }

  private static List<String> expectedRows(Function<AnalyzedArticle, List<Row>> rows) {
    return expected.stream().flatMap(a -> rows.apply(a).stream()).map(DyadSparkJobIT::canonical).toList();
  }

  /** A table's rows in input order, without the file and record columns (the command has no such columns). */
  private static List<String> actualRows(String table) {
    return spark.read().parquet(out + "/" + table).sort("file", "record").collectAsList().stream()
        .map(DyadSparkJobIT::canonical).toList();
  }

  /** A row's cells after the file and record columns, joined: the form both tests compare in. */
  static String canonical(Row r) {
    List<String> cells = new ArrayList<>();
    for (int i = 2; i < r.length(); i++) {
      cells.add(String.valueOf(r.get(i)));
    }
    return String.join("|", cells);
  }
}
