package org.dyad.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.CleanedArticle;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;

/**
 * Runs a pipeline on several threads while keeping input order where it matters. Worker threads
 * clean and analyse; de-duplication runs on one thread in input order (the first copy is the first
 * in the input); the sink gets every result in input order on the thread that calls
 * {@link #submit} and {@link #close} (so a single-writer store stays single-writer). At most
 * {@code 4 × threads} documents are in flight: {@code submit} waits for the oldest when the window
 * is full, so memory stays flat whatever the corpus size. With one thread everything runs on the
 * caller's thread, as {@link Pipeline#process} does.
 */
public final class PipelineRunner implements AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();
  private final Pipeline pipeline;
  private final BiConsumer<RawDocument, AnalyzedArticle> sink;
  private final int window;
  private final ExecutorService workers;
  private final ExecutorService orderer;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private CompletableFuture<?> lastCheck = CompletableFuture.completedFuture(null);

  private record Pending(RawDocument doc, CompletableFuture<AnalyzedArticle> result) {}

  private record Checked(CleanedArticle article, String duplicateOf) {}

  /**
   * @param threads worker threads (1 runs everything on the caller's thread)
   * @param sink what to do with each result, called in input order on the caller's thread
   */
  public PipelineRunner(Pipeline pipeline, int threads, BiConsumer<RawDocument, AnalyzedArticle> sink) {
    this.pipeline = requireNonNull(pipeline, "pipeline is null");
    this.sink = requireNonNull(sink, "sink is null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.window = 4 * threads;
    int pool = POOLS.incrementAndGet();
    this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads, named("dyad-worker-" + pool + "-"));
    this.orderer = threads == 1 ? null : Executors.newSingleThreadExecutor(named("dyad-dedup-" + pool + "-"));
  }

  /** Starts one document; hands finished ones to the sink in input order, waiting when the window is full. */
  public void submit(RawDocument doc) {
    requireNonNull(doc, "doc is null");
    if (workers == null) {
      sink.accept(doc, pipeline.process(doc));
      return;
    }
    CompletableFuture<CleanedArticle> cleaned = CompletableFuture.supplyAsync(() -> pipeline.clean(doc), workers);
    CompletableFuture<Checked> checked = cleaned.thenCombineAsync(lastCheck.exceptionally(e -> null),
        (c, previous) -> new Checked(c, pipeline.firstCopyOf(c)), orderer);
    lastCheck = checked;
    pending.add(new Pending(doc, checked.thenApplyAsync(c -> pipeline.analyze(c.article(), c.duplicateOf()), workers)));
    drain(false);
  }

  /** Waits for every document in flight, hands it to the sink and stops the threads. */
  @Override
  public void close() {
    try {
      drain(true);
    } finally {
      if (workers != null) {
        workers.shutdownNow();
        orderer.shutdownNow();
      }
    }
  }

  private void drain(boolean all) {
    while (!pending.isEmpty() && (all || pending.size() >= window || pending.peek().result().isDone())) {
      Pending p = pending.poll();
      sink.accept(p.doc(), result(p));
    }
  }

  private static AnalyzedArticle result(Pending p) {
    try {
      return p.result().join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      RawDocument d = p.doc();
      List<Issue> issues = new ArrayList<>(d.issues());
      issues.add(new Issue("pipeline", "failed", cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage())));
      return new AnalyzedArticle(d.id(), d.url(), null, d.title(), d.published(), null, "", null,
          List.of(), List.of(), List.of(), List.of(), issues);
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
