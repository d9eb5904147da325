package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Spaces the requests a watch makes to one host ({@code --host-interval}): a request waits until the interval has
 * passed since the previous request to that host (its scheme, name and port) began. A host's robots.txt may ask for
 * a longer {@code Crawl-delay}, honoured up to {@link #MAX_DELAY}. Hosts are few (the allow-list), so is the map.
 */
public final class HostPacer {
  /** The longest Crawl-delay honoured; a longer one is taken as this. */
  public static final Duration MAX_DELAY = Duration.ofSeconds(60);
  /** A pacer that never waits. */
  public static final HostPacer NONE = new HostPacer(Duration.ZERO, System::nanoTime, millis -> { });

  /** Waits; tests pass one that records and moves a fake clock. */
  public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final Map<String, Long> nextAt = new HashMap<>();
  private final Map<String, Long> delays = new HashMap<>();

  public HostPacer(Duration interval, LongSupplier nanoTime, Sleeper sleeper) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException("the interval between requests to one host cannot be negative: " + interval);
    }
    this.intervalNanos = interval.toNanos();
    this.nanoTime = requireNonNull(nanoTime, "nanoTime is null");
    this.sleeper = requireNonNull(sleeper, "sleeper is null");
  }

  /** Waits until a request to {@code uri}'s host may be made, and books that host's next slot. */
  public void await(URI uri) throws InterruptedIOException {
    String host = host(uri);
    long wait;
    synchronized (this) {
      long now = nanoTime.getAsLong();
      long at = Math.max(now, nextAt.getOrDefault(host, now));
      nextAt.put(host, at + Math.max(intervalNanos, delays.getOrDefault(host, 0L)));
      wait = at - now;
    }
    if (wait > 0) {
      try {
        sleeper.sleep((wait + 999_999) / 1_000_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to fetch from " + host);
      }
    }
  }

  /** Makes requests to {@code uri}'s host wait at least {@code delay} apart (a robots.txt Crawl-delay), up to {@link #MAX_DELAY}. */
  public synchronized void slowDown(URI uri, Duration delay) {
    long nanos = Math.min(MAX_DELAY.toNanos(), Math.max(0, delay.toNanos()));
    delays.put(host(uri), nanos);
  }

  /** The interval that requests to {@code uri}'s host are kept apart by. */
  public synchronized Duration interval(URI uri) {
    return Duration.ofNanos(Math.max(intervalNanos, delays.getOrDefault(host(uri), 0L)));
  }

  private static String host(URI uri) {
    return (uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()).toLowerCase(Locale.ROOT);
  }
}
