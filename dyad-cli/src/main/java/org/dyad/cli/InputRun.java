package org.dyad.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineRunner;
import org.dyad.core.read.InputReader;
import org.dyad.core.read.LocalPageFetcher;
import org.dyad.core.read.ReadMonitor;
import org.dyad.core.read.SkipCounts;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.RawDocument;

/**
 * Reading the inputs of {@code analyze} and {@code ingest} alike: '-' for JSON lines on standard
 * input, feed items' local pages, a progress display and the count of skipped records on stderr.
 */
final class InputRun {
  /** Pages (and WARC payloads, feed pages) larger than this are cut, with an issue: news pages are far smaller. */
  static final long MAX_INPUT_BYTES = 16L * 1024 * 1024;
  private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
  private final PrintWriter err;
  private final boolean quiet;
  private final Progress progress;
  private final SkipCounts skips = new SkipCounts();
  private final InputReader reader;

  InputRun(PrintWriter err, boolean quiet, InputStream stdin) {
    this.err = err;
    this.quiet = quiet;
    this.progress = Progress.standard(err, quiet);
    this.reader = new InputReader(MAX_INPUT_BYTES, stdin, new LocalPageFetcher(FETCH_TIMEOUT, MAX_INPUT_BYTES));
  }

  /** Where messages go while the progress line is shown (it clears the line first). */
  PrintWriter messages() {
    return progress.messages();
  }

  /**
   * Reads every input and runs the pipeline over it on {@code threads} worker threads; {@code sink}
   * gets each document and its analysis in input order, on this thread.
   */
  void read(List<Path> inputs, Pipeline pipeline, int threads, BiConsumer<RawDocument, AnalyzedArticle> sink) {
    try (PipelineRunner runner = new PipelineRunner(pipeline, threads, (doc, a) -> {
      sink.accept(doc, a);
      progress.article(a);
    })) {
      reader.read(inputs, runner::submit, both(progress, skips));
    }
  }

  /** Ends the progress display and says what was skipped. */
  void finish() {
    progress.finish();
    if (!quiet) {
      skips.lines().forEach(line -> err.println("dyad: " + line));
    }
  }

  private static ReadMonitor both(ReadMonitor a, ReadMonitor b) {
    return new ReadMonitor() {
      @Override
      public void fileStarted(Path file, int number, int total) {
        a.fileStarted(file, number, total);
        b.fileStarted(file, number, total);
      }

      @Override
      public void skipped(String input, String reason) {
        a.skipped(input, reason);
        b.skipped(input, reason);
      }
    };
  }
}
