package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test over loopback: {@code clients} threads request the given paths in turn for
 * {@code seconds}, and the result is throughput, p50/p99 latency and errors, per path and overall.
 */
final class LoadTest {
  private final String base;
  private final List<String> paths;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  LoadTest(String base, List<String> paths) {
    this.base = base;
    this.paths = List.copyOf(paths);
  }

  /** Latencies in microseconds of one path, and its errors. */
  static final class PathStats {
    final String path;
    final List<Long> micros = new ArrayList<>();
    final AtomicLong errors = new AtomicLong();

    PathStats(String path) {
      this.path = path;
    }
  }

  List<PathStats> run(int clients, double seconds) throws InterruptedException {
    List<PathStats> stats = paths.stream().map(PathStats::new).toList();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c;
      Thread t = new Thread(() -> client(stats, offset, end), "load-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    return stats;
  }

  private void client(List<PathStats> stats, int offset, long end) {
    List<List<Long>> mine = stats.stream().map(s -> (List<Long>) new ArrayList<Long>()).toList();
    for (int i = offset; System.nanoTime() < end; i++) {
      int k = i % stats.size();
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + stats.get(k).path))
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
          stats.get(k).errors.incrementAndGet();
        }
      } catch (IOException e) {
        stats.get(k).errors.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      mine.get(k).add((System.nanoTime() - t0) / 1000);
    }
    for (int k = 0; k < stats.size(); k++) {
      synchronized (stats.get(k)) {
        stats.get(k).micros.addAll(mine.get(k));
      }
    }
  }

  static void print(PrintWriter out, List<PathStats> stats, double seconds) {
    TextTable t = new TextTable("path:60", "requests:9", "req/s:8", "p50 ms:8", "p99 ms:8", "max ms:8", "errors:6");
    List<Long> all = new ArrayList<>();
    long errors = 0;
    for (PathStats s : stats) {
      row(t, s.path, s.micros, s.errors.get(), seconds);
      all.addAll(s.micros);
      errors += s.errors.get();
    }
    row(t, "all", all, errors, seconds);
    t.print(out);
  }

  private static void row(TextTable t, String path, List<Long> micros, long errors, double seconds) {
    long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
    t.row(path, sorted.length, fmt(sorted.length / seconds), fmt(pct(sorted, 0.50) / 1000.0), fmt(pct(sorted, 0.99) / 1000.0),
        fmt(sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0), errors);
  }

  private static long pct(long[] sorted, double q) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
  }

  /** Heap in use after a full collection, in MB. */
  static double heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
  }
}
