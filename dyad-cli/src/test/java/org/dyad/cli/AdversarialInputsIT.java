package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dyad.core.json.ArticleJson;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.read.InputReader;
import org.dyad.core.testing.ArticleSchema;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input of {@link AdversarialCorpus} through the reader and the whole standard pipeline
 * (real CoreNLP, the 50,000-character annotation cap): nothing escapes, every record validates against
 * the schema, the records say what was wrong, and each input ends within a generous bound (a hang
 * fails the test instead of blocking the build).
 */
class AdversarialInputsIT {
  private static final LocalDate DATE = LocalDate.of(2026, 11, 29);
  private static NlpAnnotator annotator;

  @TempDir
  static Path dir;

  @BeforeAll
  static void loadModels() {
    annotator = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT);
  }

  static Stream<AdversarialCorpus.Case> cases() {
    return AdversarialCorpus.cases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHostileInputEndsAsValidRecordsThatSayWhatWasWrong(AdversarialCorpus.Case c) throws IOException {
    Path file = dir.resolve(c.file());
    c.writer().write(file);
    try {
      List<String> lines = analyse(file);
      assertFalse(lines.isEmpty(), "every input leaves at least one record");
      List<AnalyzedArticle> articles = new ArrayList<>();
      for (String line : lines) {
        assertEquals(List.of(), ArticleSchema.errors(line), line.substring(0, Math.min(300, line.length())));
        articles.add(ArticleJson.parse(line));
      }
      Set<String> codes = articles.stream().flatMap(a -> a.issues().stream()).map(Issue::code).collect(Collectors.toSet());
      System.out.println("adversarial " + c.file() + ": " + articles.size() + " record(s), issues " + new TreeSet<>(codes));
      assertFalse(codes.contains("failed"), "no stage failed: " + issues(articles));
      if (!c.codes().isEmpty()) {
        assertFalse(Collections.disjoint(codes, c.codes()), "expected one of " + c.codes() + ", got " + issues(articles));
      } else {
        assertTrue(articles.stream().map(a -> a.text().toLowerCase(Locale.ROOT)).anyMatch(t -> t.contains("ferry") || t.contains("mayor")),
            "a valid but odd input keeps its text: " + issues(articles));
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Reads one input as {@code dyad analyze} does and runs each document through a fresh standard pipeline. */
  private static List<String> analyse(Path file) {
    Pipeline pipeline = Pipelines.standard(PipelineConfig.DEFAULT, DATE, () -> annotator);
    List<String> lines = new ArrayList<>();
    new InputReader(InputRun.MAX_INPUT_BYTES).read(List.of(file), doc -> lines.add(ArticleJson.line(pipeline.process(doc))));
    return lines;
  }

  private static String issues(List<AnalyzedArticle> articles) {
    return articles.stream().map(a -> a.id() + " " + a.issues()).collect(Collectors.joining("; "));
  }
}
