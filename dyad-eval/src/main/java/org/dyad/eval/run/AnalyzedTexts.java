package org.dyad.eval.run;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineRunner;
import org.dyad.core.read.InputReader;
import org.dyad.core.read.LocalPageFetcher;
import org.dyad.model.AnalyzedArticle;

/**
 * Gold texts through the whole pipeline exactly as {@code dyad analyze} runs JSON lines: each text
 * becomes a JSON line ({@code id}, {@code text}, {@code published}), read by the same reader, cleaned,
 * de-duplicated in input order and analysed on worker threads. What the evaluations score is what a
 * user gets from {@code dyad analyze}.
 */
public final class AnalyzedTexts {
  /** As {@code dyad analyze} caps an input. */
  private static final long MAX_BYTES = 16L * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private AnalyzedTexts() {}

  /** The analyses of {@code texts} by id, in input order; {@code threads} as {@code analyze --threads}. */
  public static Map<String, AnalyzedArticle> analyze(Pipeline pipeline, List<GoldText> texts, int threads) {
    requireNonNull(pipeline, "pipeline is null");
    Map<String, AnalyzedArticle> out = new LinkedHashMap<>();
    InputReader reader = new InputReader(MAX_BYTES, new ByteArrayInputStream(jsonLines(texts)),
        new LocalPageFetcher(Duration.ofSeconds(5), MAX_BYTES));
    try (PipelineRunner runner = new PipelineRunner(pipeline, threads, (doc, a) -> out.put(a.id(), a))) {
      reader.read(List.of(Path.of(InputReader.STDIN)), runner::submit);
    }
    return out;
  }

  /**
   * Each text as the only input of a run of its own: read and analysed as above, but never compared
   * with the other texts for copies (for test records that are minimal variations of each other).
   */
  public static Map<String, AnalyzedArticle> analyzeEach(Pipeline pipeline, List<GoldText> texts) {
    requireNonNull(pipeline, "pipeline is null");
    Map<String, AnalyzedArticle> out = new LinkedHashMap<>();
    InputReader reader = new InputReader(MAX_BYTES, new ByteArrayInputStream(jsonLines(texts)),
        new LocalPageFetcher(Duration.ofSeconds(5), MAX_BYTES));
    reader.read(List.of(Path.of(InputReader.STDIN)), doc -> out.put(doc.id(), pipeline.analyze(pipeline.clean(doc), null)));
    return out;
  }

  /** The texts as the JSON lines a user would write for {@code dyad analyze}. */
  static byte[] jsonLines(List<GoldText> texts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try {
      for (GoldText t : texts) {
        ObjectNode line = JSON.createObjectNode().put("id", t.id()).put("text", t.text());
        if (t.published() != null) {
          line.put("published", t.published().toString());
        }
        b.write(JSON.writeValueAsBytes(line));
        b.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }

  /**
   * A line saying how many of {@code texts} texts the pipeline lost: no text after cleaning, taken
   * for a copy of an earlier one, or no analysis at all.
   */
  public static String lost(int texts, Map<String, AnalyzedArticle> analyses) {
    long lost = analyses.values().stream().filter(a -> a.text().isEmpty() || a.duplicateOf() != null).count()
        + Math.max(0, texts - analyses.size());
    return String.format(Locale.ROOT, "texts the pipeline left without text or took for copies: %d of %d%n", lost, texts);
  }
}
