package org.dyad.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.dyad.core.read.ReadMonitor;
import org.dyad.model.AnalyzedArticle;

/**
 * Shows how a long run goes, on standard error: on a terminal one line redrawn in place (a bar over
 * the files, counts and rate), otherwise a line of counts every interval, so logs stay short.
 * Quiet shows nothing. The clock is injected so that tests can drive it.
 */
final class Progress implements ReadMonitor {
  private static final int BAR = 20;
  private static final long REDRAW_NANOS = Duration.ofMillis(200).toNanos();
  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final LongSupplier nanos;
  private final long intervalNanos;
  private final long start;
  private long lastShown;
  private int file;
  private int files;
  private int articles;
  private int copies;
  private int withIssues;
  private int width;

  /**
   * @param terminal redraw one line in place (true) or print a line every interval (false)
   * @param nanos a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  Progress(PrintWriter err, boolean terminal, boolean quiet, LongSupplier nanos, Duration interval) {
    this.err = requireNonNull(err, "err is null");
    this.terminal = terminal;
    this.quiet = quiet;
    this.nanos = requireNonNull(nanos, "nanos is null");
    this.intervalNanos = interval.toNanos();
    if (intervalNanos <= 0) {
      throw new IllegalArgumentException("interval must be positive");
    }
    this.start = nanos.getAsLong();
    this.lastShown = start;
  }

  /** Progress on the process's standard error: a terminal when the JVM has a console. */
  static Progress standard(PrintWriter err, boolean quiet) {
    return new Progress(err, System.console() != null, quiet, System::nanoTime, Duration.ofSeconds(10));
  }

  @Override
  public void fileStarted(Path path, int number, int total) {
    file = number;
    files = total;
  }

  /** Counts one written article and shows progress when it is time. */
  void article(AnalyzedArticle a) {
    articles++;
    if (a.duplicateOf() != null) {
      copies++;
    }
    if (!a.issues().isEmpty()) {
      withIssues++;
    }
    long now = nanos.getAsLong();
    if (!quiet && now - lastShown >= (terminal ? REDRAW_NANOS : intervalNanos)) {
      lastShown = now;
      show(now);
    }
  }

  /** Ends the display: a terminal's line is cleared, so the summary that follows stands alone. */
  void finish() {
    clearLine();
  }

  /** A writer for other messages: it clears the progress line before each, so that the two never mix. */
  PrintWriter messages() {
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        clearLine();
        err.write(cbuf, off, len);
      }

      @Override
      public void flush() {
        err.flush();
      }

      @Override
      public void close() {
        err.flush();
      }
    }, true);
  }

  private void clearLine() {
    if (terminal && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }

  private void show(long now) {
    String counts = counts(now);
    if (terminal) {
      String line = bar() + " " + counts;
      err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
      width = line.length();
    } else {
      err.println("dyad: " + counts);
    }
    err.flush();
  }

  String counts(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    return String.format(Locale.ROOT, "file %d/%d, %d article(s), %d copies, %d with issues, %.1f articles/s",
        file, files, articles, copies, withIssues, articles / seconds);
  }

  private String bar() {
    int done = files == 0 ? 0 : (int) ((long) BAR * Math.max(0, file - 1) / files);
    return "[" + "#".repeat(done) + ".".repeat(BAR - done) + "]";
  }
}
