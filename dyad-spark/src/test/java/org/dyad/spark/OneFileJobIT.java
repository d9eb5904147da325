package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.cli.Main;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One JSON-lines file holding every article of the bundled sample corpus (a syndicated copy among
 * them): the job spreads its documents, not its one file, so the analysis runs as as many tasks as
 * partitions; and its tables hold what {@code dyad analyze} itself (the command, with its default
 * configuration) writes for the same file.
 */
class OneFileJobIT {
  private static final Path SAMPLES = Path.of("../dyad-cli/src/main/resources/dyad/samples").toAbsolutePath().normalize();
  private static final LocalDate DATE = LocalDate.of(2021, 9, 10);
  private static final int PARTITIONS = 4;
  private static SparkSession spark;
  private static StageTimes stages;
  private static DyadSparkJob.Summary summary;
  private static List<AnalyzedArticle> command;
  @TempDir
  static Path dir;

  @BeforeAll
  static void run() throws IOException {
    Path input = dir.resolve("in").resolve("articles.jsonl");
    int documents = writeOneFile(input);
    assertTrue(documents >= 12, "documents in the one file: " + documents);

    Path analyzed = dir.resolve("analyze.jsonl");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("analyze", "--date", DATE.toString(), "--threads", "2", "-q", "-o", analyzed.toString(), input.toString());
    assertEquals(0, code, err.toString());
    command = Files.readAllLines(analyzed, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(ArticleJson::parse).toList();
    assertEquals(documents, command.size());

    spark = SparkSession.builder().master("local[2]").appName("dyad-it-one-file").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
    stages = new StageTimes();
    spark.sparkContext().addSparkListener(stages);
    summary = DyadSparkJob.run(spark, input.toString(), dir.resolve("out").toString(),
        new JobConfig(DATE, PARTITIONS, JobConfig.MAX_INPUT_BYTES, true), stages);
    assertEquals(documents, summary.documents());
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theAnalysisOfOneFileRunsAsOneTaskPerPartition() {
    List<StageTimes.Stage> analysis = stages.step(DyadSparkJob.ANALYSIS);
    assertFalse(analysis.isEmpty(), stages.lines().toString());
    assertEquals(PARTITIONS, analysis.stream().mapToInt(StageTimes.Stage::tasks).max().orElse(0), stages.lines().toString());
    assertTrue(summary.lines().stream().anyMatch(l -> l.startsWith("analysis: " + command.size() + " document(s) in " + PARTITIONS + " task(s)")),
        summary.lines().toString());
  }

  @Test
  void theModelsAreBuiltAtMostOncePerJvm() {
    String line = summary.lines().stream().filter(l -> l.startsWith("analysis: ")).findFirst().orElseThrow();
    assertTrue(line.contains("CoreNLP models built in 0 JVM(s)") || line.contains("CoreNLP models built in 1 JVM(s)"), line);
  }

  @Test
  void tablesHoldWhatTheCommandWrites() {
    assertTrue(command.stream().anyMatch(a -> a.duplicateOf() != null), "the sample corpus holds a syndicated copy");
    assertEquals(rows(a -> ArticleTables.articles("", 0, a)), actual("articles"));
    assertEquals(rows(a -> ArticleTables.entities("", 0, a)), actual("entities"));
    assertEquals(rows(a -> ArticleTables.quotes("", 0, a)), actual("quotes"));
    assertEquals(rows(a -> ArticleTables.events("", 0, a)), actual("events"));
    assertFalse(actual("events").isEmpty());
  }

  /** The sample corpus's pages and JSON lines as one JSON-lines file; returns the number of documents. */
  private static int writeOneFile(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(SAMPLES)) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".jsonl")) {
          Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
        } else if (name.endsWith(".txt") && !name.equals("index.txt") || name.endsWith(".html")) {
          ObjectNode o = json.createObjectNode();
          o.put("id", name);
          o.put(name.endsWith(".html") ? "html" : "text", Files.readString(p, StandardCharsets.UTF_8));
          lines.add(json.writeValueAsString(o));
        }
      }
    }
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
    return lines.size();
  }

  private static List<String> rows(Function<AnalyzedArticle, List<Row>> rows) {
    return command.stream().flatMap(a -> rows.apply(a).stream()).map(DyadSparkJobIT::canonical).toList();
  }

  private static List<String> actual(String table) {
    return spark.read().parquet(dir.resolve("out") + "/" + table).sort("file", "record").collectAsList().stream()
        .map(DyadSparkJobIT::canonical).toList();
  }
}
