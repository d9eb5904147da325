package org.dyad.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs work with a time limit on its own daemon thread. Work over the limit is interrupted and
 * abandoned: the caller goes on at once; the thread ends when the work notices the interrupt or
 * finishes (CoreNLP checks interrupts between annotators and inside some of them).
 */
final class TimeLimiter {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "dyad-analysis-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  });
  private final Duration limit;

  TimeLimiter(Duration limit) {
    this.limit = requireNonNull(limit, "limit is null");
  }

  /** The work's result, or empty when it took longer than the limit. Exceptions of the work pass through. */
  <T> Optional<T> call(Supplier<T> work) {
    Future<T> f = threads.submit(work::get);
    try {
      return Optional.of(f.get(limit.toNanos(), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      f.cancel(true);
      return Optional.empty();
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an analysis", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  Duration limit() {
    return limit;
  }
}
