package org.dyad.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.cli.SampleCorpus;
import org.dyad.core.clean.ArticleCleaner;
import org.dyad.model.CleanedArticle;
import org.dyad.model.ContentType;
import org.dyad.model.RawDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cleaning one sample page: HTML (jsoup, furniture, dateline, language) and the same text as plain text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC"})
public class CleaningBenchmark {
  private ArticleCleaner cleaner;
  private List<RawDocument> html;
  private List<RawDocument> text;
  private int next;

  @Setup
  public void setUp() {
    cleaner = Samples.cleaner();
    html = SampleCorpus.read().stream().filter(d -> d.type() == ContentType.HTML).toList();
    text = html.stream().map(d -> new RawDocument(d.id(), d.origin(), d.url(), d.title(), d.published(), d.fetched(),
        cleaner.clean(d).text(), ContentType.TEXT, List.of())).toList();
  }

  /** One HTML page of the samples per call, in turn. */
  @Benchmark
  public CleanedArticle html() {
    return cleaner.clean(html.get(next++ % html.size()));
  }

  /** The cleaned text of the same pages, as plain-text input. */
  @Benchmark
  public CleanedArticle plainText() {
    return cleaner.clean(text.get(next++ % text.size()));
  }
}
