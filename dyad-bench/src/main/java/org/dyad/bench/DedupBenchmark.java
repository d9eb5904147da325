package org.dyad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dyad.core.dedup.Deduplicator;
import org.dyad.model.CleanedArticle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking one new article against a corpus of 10,000 remembered ones. The texts are four random
 * paragraphs of the sample corpus each, so most share some paragraphs without being copies.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseSerialGC"})
public class DedupBenchmark {
  private static final int CORPUS = 10_000;
  private final List<String> texts = new ArrayList<>();
  private Deduplicator dedup;
  private int next;

  @Setup(Level.Trial)
  public void texts() {
    List<String> paragraphs = new ArrayList<>();
    for (CleanedArticle c : Samples.cleaned()) {
      paragraphs.addAll(List.of(c.text().split("\n\n")));
    }
    Random random = new Random(7);
    for (int i = 0; i < 2 * CORPUS; i++) {
      StringBuilder t = new StringBuilder();
      for (int p = 0; p < 4; p++) {
        t.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
      }
      texts.add(t.toString());
    }
  }

  /** A fresh corpus each iteration, so the corpus stays near its size while the checks add to it. */
  @Setup(Level.Iteration)
  public void corpus() {
    dedup = new Deduplicator(0.8);
    for (int i = 0; i < CORPUS; i++) {
      dedup.check("old-" + i, texts.get(i));
    }
    next = 0;
  }

  @Benchmark
  public Object check() {
    int i = next++;
    return dedup.check("new-" + i, texts.get(CORPUS + i % CORPUS));
  }
}
