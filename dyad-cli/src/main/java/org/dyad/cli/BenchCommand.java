package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.CleanedArticle;
import org.dyad.model.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench}: throughput per stage on the sample corpus, the whole pipeline, and in the same
 * run the plain CoreNLP pipeline (default settings, same annotators) as the baseline.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Print throughput per stage (articles/s, tokens/s), the whole pipeline, the plain CoreNLP baseline and peak memory.")
final class BenchCommand implements Callable<Integer> {
  private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

  @Spec
  CommandSpec spec;

  @Option(names = "--articles", defaultValue = "60", description = "Articles to time, cycling through the corpus (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--no-baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also time plain CoreNLP with default settings (default: on).")
  boolean baseline;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<RawDocument> corpus = SampleCorpus.read();
    long load0 = System.nanoTime();
    NlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT);
    double loadSeconds = (System.nanoTime() - load0) / 1e9;
    run(corpus, annotator, corpus.size(), new java.util.LinkedHashMap<>());
    Map<String, Long> stageNanos = new java.util.LinkedHashMap<>();
    List<AnalyzedArticle> done = run(corpus, annotator, articles, stageNanos);
    long tokens = done.stream().mapToLong(a -> tokens(a.text())).sum();
    out.printf("Dyad bench: %d articles (%d tokens) from the sample corpus, 1 thread; CoreNLP load %.1f s%n%n", done.size(), tokens, loadSeconds);
    out.printf("%-26s %10s %12s %12s%n", "stage", "ms/article", "articles/s", "tokens/s");
    double pipelineNanos = 0;
    for (Map.Entry<String, Long> e : stageNanos.entrySet()) {
      pipelineNanos += e.getValue();
      row(out, e.getKey(), e.getValue(), done.size(), tokens);
    }
    row(out, "whole pipeline", (long) pipelineNanos, done.size(), tokens);
    if (baseline) {
      long base = baseline(done);
      row(out, "baseline: plain CoreNLP", base, done.size(), tokens);
      out.printf("%nratio whole pipeline / baseline throughput: %.2f%n", base / pipelineNanos);
    }
    out.printf("%npeak heap %.0f MB, peak RSS %s%n", peakHeapMb(), peakRss());
    out.flush();
    return 0;
  }

  /**
   * Cycles through the corpus; each pass gets a fresh pipeline (sharing the annotator) so that copies
   * are not skipped as duplicates. Stage times of all passes are added into {@code stageNanos}.
   */
  private static List<AnalyzedArticle> run(List<RawDocument> corpus, NlpAnnotator annotator, int n, Map<String, Long> stageNanos) {
    List<AnalyzedArticle> out = new ArrayList<>();
    Pipeline p = null;
    for (int i = 0; i < n; i++) {
      if (i % corpus.size() == 0) {
        addTimes(p, stageNanos);
        p = Pipelines.standard(PipelineConfig.DEFAULT, SampleCorpus.FETCH_DATE, () -> annotator);
      }
      AnalyzedArticle a = p.process(corpus.get(i % corpus.size()));
      if (a.duplicateOf() == null && !a.text().isEmpty()) {
        out.add(a);
      }
    }
    addTimes(p, stageNanos);
    return out;
  }

  private static void addTimes(Pipeline p, Map<String, Long> stageNanos) {
    if (p != null) {
      p.clock().snapshot().forEach((stage, total) -> stageNanos.merge(stage, total.nanos(), Long::sum));
    }
  }

  private long baseline(List<AnalyzedArticle> done) {
    NlpAnnotator plain = new CoreNlpAnnotator(CoreNlpConfig.BASELINE);
    List<CleanedArticle> texts = new ArrayList<>();
    for (AnalyzedArticle a : done) {
      texts.add(new CleanedArticle(a.id(), a.url(), a.source(), a.title(), a.published(), a.dateline(), a.text(), "en", List.of()));
    }
    plain.annotate(texts.get(0));
    long t0 = System.nanoTime();
    for (CleanedArticle c : texts) {
      plain.annotate(c);
    }
    return System.nanoTime() - t0;
  }

  private static void row(PrintWriter out, String name, long nanos, int n, long tokens) {
    double s = nanos / 1e9;
    out.printf("%-26s %10.1f %12.1f %12.0f%n", name, 1000 * s / n, n / s, tokens / s);
  }

  static long tokens(String text) {
    Matcher m = TOKEN.matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / 1048576.0;
  }

  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return String.format("%.0f MB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
    return "n/a";
  }
}
