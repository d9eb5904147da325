package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.core.json.ArticleJson;
import org.dyad.core.testing.WarcFixtures;
import org.dyad.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code analyze --stages clean}: no models, so a unit test. */
class AnalyzeCommandTest {
  @TempDir
  Path dir;

  @Test
  void aDashReadsJsonLinesFromStandardInputAndSkippedRecordsAreSummed() throws IOException {
    AnalyzeCommand command = new AnalyzeCommand();
    command.stdin = new ByteArrayInputStream(("{\"id\":\"piped\",\"published\":\"2024-03-01\",\"text\":\"The harbour reopened on Friday "
        + "after the storm, the port authority said.\"}\n").getBytes(StandardCharsets.UTF_8));
    Path warc = WarcFixtures.write(dir.resolve("crawl.warc.gz"), true);
    Path out = dir.resolve("out.jsonl");
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setErr(new PrintWriter(err));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    int exit = cl.execute("--stages", "clean", "-o", out.toString(), "-", warc.toString());
    assertEquals(0, exit, err.toString());
    List<String> ids = Files.readAllLines(out).stream().map(ArticleJson::parse).map(AnalyzedArticle::id).toList();
    assertEquals(List.of("piped", "crawl.warc.gz#3", "crawl.warc.gz#5"), ids);
    assertTrue(err.toString().contains("dyad: crawl.warc.gz: skipped 1 × HTTP status 4xx, 1 × metadata record, "
        + "1 × payload image/png, 2 × request record, 1 × warcinfo record"), err.toString());
  }

  /**
   * Without options, {@code analyze} runs {@code CoreNlpConfig.DEFAULT} and {@code PipelineConfig.DEFAULT}, the
   * configuration the Spark job builds through the same factory ({@code StandardPipeline.annotator}).
   */
  @Test
  void withoutOptionsTheConfigurationIsTheDefaultTheSparkJobRuns() {
    AnalyzeCommand command = new AnalyzeCommand();
    CommandLine cl = new CommandLine(command);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.parseArgs("in.jsonl");
    assertEquals(org.dyad.corenlp.CoreNlpConfig.DEFAULT, command.nlp.config());
    assertEquals(org.dyad.core.pipeline.PipelineConfig.DEFAULT,
        command.threading.apply(command.spec, org.dyad.core.pipeline.PipelineConfig.DEFAULT.withStages(command.stages)));
  }

  @Test
  void quietLeavesOnlyTheClosingCount() throws IOException {
    Path warc = WarcFixtures.write(dir.resolve("crawl.warc"), false);
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new AnalyzeCommand());
    cl.setErr(new PrintWriter(err));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    assertEquals(0, cl.execute("--stages", "clean", "--quiet", "-o", dir.resolve("o.jsonl").toString(), warc.toString()));
    assertEquals("dyad: 2 article(s) written, 2 with text", err.toString().strip());
  }

  @Test
  void severalThreadsWriteTheSameLinesInTheSameOrderAsOne() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      String text = i % 3 == 2 ? "The ferry to the northern islands resumed service on Monday, the operator said."
          : "Story " + i + ": the council of town " + i + " voted on a budget for " + (i * 7) + " new street lamps and a library.";
      lines.append("{\"id\":\"n").append(i).append("\",\"published\":\"2024-03-01\",\"text\":\"").append(text).append("\"}\n");
    }
    Path input = Files.writeString(dir.resolve("in.jsonl"), lines);
    assertEquals(Files.readString(run(input, "1")), Files.readString(run(input, "3")));
    List<AnalyzedArticle> out = Files.readAllLines(run(input, "3")).stream().map(ArticleJson::parse).toList();
    assertEquals(30, out.size());
    assertEquals(null, out.get(2).duplicateOf());
    assertEquals("n2", out.get(5).duplicateOf());
  }

  private Path run(Path input, String threads) {
    Path out = dir.resolve("out-" + threads + ".jsonl");
    CommandLine cl = new CommandLine(new AnalyzeCommand());
    cl.setErr(new PrintWriter(new StringWriter()));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    assertEquals(0, cl.execute("--stages", "clean", "--threads", threads, "--quiet", "-o", out.toString(), input.toString()));
    return out;
  }

  @Test
  void badThreadAndTimeoutValuesAreUsageErrors() {
    CommandLine cl = new CommandLine(new AnalyzeCommand());
    cl.setErr(new PrintWriter(new StringWriter()));
    assertEquals(2, cl.execute("--threads", "0", "x.jsonl"));
    assertEquals(2, cl.execute("--article-timeout", "0", "x.jsonl"));
  }
}
