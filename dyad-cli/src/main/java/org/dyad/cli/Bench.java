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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.pipeline.PipelineRunner;
import org.dyad.core.pipeline.StageClock;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.CleanedArticle;
import org.dyad.model.RawDocument;

/**
 * The measurements behind {@code dyad bench}, all in one process so that they share the machine's
 * load: Dyad's whole pipeline and plain CoreNLP (default settings, the same annotators) on the same
 * articles at the same thread counts. Every figure is the marginal time of the timed articles after
 * a warm-up on other articles, so model loading and JIT warm-up count for neither side.
 */
final class Bench {
  private final PrintWriter out;
  private final BenchInput warm;
  private final BenchInput timed;

  Bench(PrintWriter out, BenchInput input, int warmup) {
    if (input.size() <= warmup) {
      throw new IllegalArgumentException("only " + input.size() + " articles for " + warmup + " warm-up articles and at least one timed");
    }
    this.out = out;
    this.warm = input.head(warmup);
    this.timed = input.tail(warmup);
  }

  void run(boolean baseline, List<String> variants) {
    run(baseline, variants, null);
  }

  /** @param results the results page of {@code dyad eval all} whose figures to print beside the times (null: none) */
  void run(boolean baseline, List<String> variants, Path results) {
    double load0 = loadAverage();
    long t0 = System.nanoTime();
    CoreNlpAnnotator dyad = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT);
    double loading = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "Dyad bench: %d timed articles (after %d warm-up ones) from %s, %d characters and %d tokens on average; "
        + "CoreNLP load %.1f s; %d processors, max heap %.0f MB; load average %.1f at the start%n%n", timed.size(), warm.size(),
        timed.origin(), timed.characters() / timed.size(), timed.tokens() / timed.size(), loading,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1048576.0, load0);
    Pass one = pipeline(dyad, 1);
    Pass two = pipeline(dyad, 2);
    out.printf("%-48s %10s %12s %12s%n", "Dyad stage (1 thread, sum over the article)", "ms/article", "articles/s", "tokens/s");
    one.stages.forEach((stage, t) -> row(stage, t.nanos()));
    out.printf("%n%-48s %10s %12s %12s%n", "whole run (marginal time of the timed articles)", "ms/article", "articles/s", "tokens/s");
    row("Dyad, 1 thread", one.wall);
    row("Dyad, 2 threads", two.wall);
    for (String v : variants) {
      row("Dyad with " + v + ", 2 threads", pipeline(new CoreNlpAnnotator(BenchCommand.variant(v)), 2).wall);
    }
    out.printf(Locale.ROOT, "thread scaling 1 -> 2: %.2f%n", (double) one.wall / two.wall);
    if (baseline) {
      CoreNlpAnnotator plain = new CoreNlpAnnotator(CoreNlpConfig.BASELINE);
      long base1 = annotateOnly(plain, 1);
      long base2 = annotateOnly(plain, 2);
      row("plain CoreNLP (default settings), 1 thread", base1);
      row("plain CoreNLP (default settings), 2 threads", base2);
      out.printf(Locale.ROOT, "Dyad against plain CoreNLP at the same thread count (throughput): 1 thread %.2fx, 2 threads %.2fx%n",
          (double) base1 / one.wall, (double) base2 / two.wall);
      out.printf("%nplain CoreNLP's time per annotator (its two passes and warm-ups):%n%s%n", plain.timing());
    }
    out.printf("%nDyad's CoreNLP time per annotator (all passes and warm-ups):%n%s%n", dyad.timing());
    out.printf(Locale.ROOT, "%npeak heap %.0f MB, peak RSS %s; load average %.1f at the end%n", peakHeapMb(), peakRss(), loadAverage());
    out.printf("%nDyad's annotator settings: %s%n", CoreNlpAnnotator.signature(CoreNlpConfig.DEFAULT));
    if (results != null) {
      out.println();
      BenchQuality.lines(results, CoreNlpAnnotator.signature(CoreNlpConfig.DEFAULT)).forEach(out::println);
    }
    out.flush();
  }

  private record Pass(long wall, Map<String, StageClock.Total> stages) {}

  /** The whole pipeline on {@code threads} threads: warm-up articles first, then the timed ones on a fresh pipeline. */
  private Pass pipeline(NlpAnnotator annotator, int threads) {
    runAll(annotator, threads, warm.docs());
    Pipeline p = Pipelines.standard(PipelineConfig.DEFAULT, SampleCorpus.FETCH_DATE, () -> annotator);
    long t0 = System.nanoTime();
    runAll(p, threads, timed.docs());
    return new Pass(System.nanoTime() - t0, p.clock().snapshot());
  }

  private static void runAll(NlpAnnotator annotator, int threads, List<RawDocument> docs) {
    runAll(Pipelines.standard(PipelineConfig.DEFAULT, SampleCorpus.FETCH_DATE, () -> annotator), threads, docs);
  }

  private static void runAll(Pipeline p, int threads, List<RawDocument> docs) {
    List<AnalyzedArticle> odd = new ArrayList<>();
    try (PipelineRunner r = new PipelineRunner(p, threads, (d, a) -> {
      if (a.duplicateOf() != null || !a.issues().isEmpty()) {
        odd.add(a);
      }
    })) {
      docs.forEach(r::submit);
    }
    odd.forEach(a -> System.err.println("dyad bench: " + a.id() + (a.duplicateOf() == null ? "" : " copies " + a.duplicateOf()) + " " + a.issues()));
  }

  /** Annotation alone of the cleaned texts on {@code threads} threads, after the warm-up texts. */
  private long annotateOnly(NlpAnnotator annotator, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      annotate(pool, annotator, warm.cleaned());
      long t0 = System.nanoTime();
      annotate(pool, annotator, timed.cleaned());
      return System.nanoTime() - t0;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void annotate(ExecutorService pool, NlpAnnotator annotator, List<CleanedArticle> texts) {
    List<Future<?>> done = new ArrayList<>();
    texts.forEach(t -> done.add(pool.submit(() -> annotator.annotate(t))));
    for (Future<?> f : done) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
      }
    }
  }

  private void row(String name, long nanos) {
    double s = nanos / 1e9;
    int n = timed.size();
    out.printf(Locale.ROOT, "%-48s %10.1f %12.2f %12.0f%n", name, 1000 * s / n, n / s, timed.tokens() / s);
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

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return String.format(Locale.ROOT, "%.0f MB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
    return "n/a";
  }
}
