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
import java.util.function.Supplier;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.pipeline.PipelineRunner;
import org.dyad.core.pipeline.StageClock;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.RawDocument;

/**
 * The measurements behind {@code dyad bench}: per-stage times on one thread, the whole pipeline on
 * one and two threads (wall clock), optionally two threads with one CoreNLP model copy per worker,
 * and plain CoreNLP with its default settings as the baseline, all in the same process.
 */
final class Bench {
  private final PrintWriter out;
  private final List<RawDocument> docs;
  private final long tokens;

  Bench(PrintWriter out, int articles) {
    this.out = out;
    this.docs = BenchArticles.make(articles);
    this.tokens = docs.stream().mapToLong(d -> BenchCommand.tokens(d.content())).sum();
  }

  void run(boolean baseline, boolean perWorker, boolean nerVariants) {
    long load0 = System.nanoTime();
    CoreNlpAnnotator shared = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT);
    double load = (System.nanoTime() - load0) / 1e9;
    pass(() -> shared, 1, docs.subList(0, Math.min(5, docs.size())));
    Pass one = pass(() -> shared, 1, docs);
    Pass two = pass(() -> shared, 2, docs);
    int words = docs.stream().mapToInt(d -> BenchArticles.words(d.content())).sum() / docs.size();
    out.printf("Dyad bench: %d articles of about %d words (%d tokens) made of random sample paragraphs (the samples are shorter "
        + "than agency news); CoreNLP load %.1f s; %d processors%n%n", docs.size(), words, tokens, load,
        Runtime.getRuntime().availableProcessors());
    out.printf("%-40s %10s %12s %12s%n", "stage (1 thread)", "ms/article", "articles/s", "tokens/s");
    one.stages.forEach((stage, t) -> row(stage, t.nanos()));
    row("whole pipeline, 1 thread", one.wall);
    row("whole pipeline, 2 threads (shared CoreNLP)", two.wall);
    if (perWorker) {
      // The first worker thread gets its own copy of the models; the other uses the shared one.
      ThreadLocal<NlpAnnotator> own = new ThreadLocal<>();
      List<NlpAnnotator> free = new ArrayList<>(List.of(new CoreNlpAnnotator(CoreNlpConfig.DEFAULT, true)));
      NlpAnnotator perThread = a -> {
        if (own.get() == null) {
          synchronized (free) {
            own.set(free.isEmpty() ? shared : free.remove(0));
          }
        }
        return own.get().annotate(a);
      };
      row("whole pipeline, 2 threads (CoreNLP per worker)", pass(() -> perThread, 2, docs).wall);
    }
    if (nerVariants) {
      row("annotate only, 3-class NER (variant)", annotateAll(one.analyzed, CoreNlpConfig.DEFAULT.withNerModels(CoreNlpConfig.THREE_CLASS_NER)));
    }
    if (baseline) {
      long base = annotateAll(one.analyzed, CoreNlpConfig.BASELINE);
      row("baseline: plain CoreNLP, 1 thread", base);
      out.printf("%nratio to the baseline (throughput): 1 thread %.2f, 2 threads %.2f%n", (double) base / one.wall, (double) base / two.wall);
    }
    out.printf("%nCoreNLP time per annotator (Dyad's settings, all passes):%n%s%n", shared.timing());
    out.printf("%npeak heap %.0f MB, peak RSS %s%n", peakHeapMb(), peakRss());
    out.flush();
  }

  private record Pass(long wall, Map<String, StageClock.Total> stages, List<AnalyzedArticle> analyzed) {}

  private static Pass pass(Supplier<NlpAnnotator> annotator, int threads, List<RawDocument> docs) {
    Pipeline p = Pipelines.standard(PipelineConfig.DEFAULT, SampleCorpus.FETCH_DATE, annotator);
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    long t0 = System.nanoTime();
    try (PipelineRunner r = new PipelineRunner(p, threads, (d, a) -> analyzed.add(a))) {
      docs.forEach(r::submit);
    }
    long wall = System.nanoTime() - t0;
    analyzed.stream().filter(a -> a.duplicateOf() != null || !a.issues().isEmpty()).forEach(a -> System.err.println(
        "dyad bench: " + a.id() + (a.duplicateOf() == null ? "" : " copies " + a.duplicateOf()) + " " + a.issues()));
    return new Pass(wall, p.clock().snapshot(), analyzed);
  }

  /** Annotation alone of the analysed texts with another CoreNLP configuration, after one warm-up article. */
  private static long annotateAll(List<AnalyzedArticle> done, CoreNlpConfig config) {
    CoreNlpAnnotator plain = new CoreNlpAnnotator(config);
    List<org.dyad.model.CleanedArticle> texts = new ArrayList<>();
    for (AnalyzedArticle a : done) {
      texts.add(new org.dyad.model.CleanedArticle(a.id(), a.url(), a.source(), a.title(), a.published(), a.dateline(), a.text(), "en", List.of()));
    }
    plain.annotate(texts.get(0));
    long t0 = System.nanoTime();
    texts.forEach(plain::annotate);
    return System.nanoTime() - t0;
  }

  private void row(String name, long nanos) {
    double s = nanos / 1e9;
    int n = docs.size();
    out.printf("%-40s %10.1f %12.2f %12.0f%n", name, 1000 * s / n, n / s, tokens / s);
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
