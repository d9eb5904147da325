package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Runs a watch's cycles, one every period from start to start (a cycle longer than the period is followed
 * at once). A cycle that throws (a full disk, a store error) is named on standard error and redone next
 * time, as after a kill; only {@link #MAX_FAILED_IN_A_ROW} failed cycles in a row stop the watch.
 */
public final class CycleSchedule {
  public static final int MAX_FAILED_IN_A_ROW = 3;

  /** Waits; tests pass one that only records. */
  public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private final Duration period;
  private final int cycles;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final PrintWriter err;

  /** @param cycles how many cycles to run, 0 for no end */
  public CycleSchedule(Duration period, int cycles, LongSupplier nanoTime, Sleeper sleeper, PrintWriter err) {
    if (period.isNegative() || period.isZero() || cycles < 0) {
      throw new IllegalArgumentException("period must be positive and cycles at least 0");
    }
    this.period = period;
    this.cycles = cycles;
    this.nanoTime = requireNonNull(nanoTime, "nanoTime is null");
    this.sleeper = requireNonNull(sleeper, "sleeper is null");
    this.err = requireNonNull(err, "err is null");
  }

  /** Runs the cycles; rethrows the third failure in a row. */
  public void run(Runnable cycle) throws InterruptedException {
    int failed = 0;
    for (int n = 1; cycles == 0 || n <= cycles; n++) {
      long started = nanoTime.getAsLong();
      try {
        cycle.run();
        failed = 0;
      } catch (RuntimeException e) {
        failed++;
        err.println("dyad: watch: the cycle failed (" + failed + " in a row): " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + (failed < MAX_FAILED_IN_A_ROW ? "; it is redone next time" : "; stopping"));
        err.flush();
        if (failed >= MAX_FAILED_IN_A_ROW) {
          throw e;
        }
      }
      if (cycles == 0 || n < cycles) {
        sleeper.sleep(Math.max(0, period.toMillis() - (nanoTime.getAsLong() - started) / 1_000_000));
      }
    }
  }
}
