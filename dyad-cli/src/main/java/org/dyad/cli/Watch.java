package org.dyad.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.dyad.cli.watch.Alerts;
import org.dyad.cli.watch.CycleLog;
import org.dyad.cli.watch.Source;
import org.dyad.cli.watch.SourceMemory;
import org.dyad.cli.watch.UpdateFeed;
import org.dyad.cli.watch.WatchState;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineRunner;
import org.dyad.model.RawDocument;
import org.dyad.store.Corpus;
import org.dyad.store.EventRow;
import org.dyad.store.Corpus.Outcome;

/**
 * The watch cycle: poll every source for what is new, run it through the ingest path ({@link Ingestion}:
 * cleaning, whole-store de-duplication, analysis, storing, copies merged into their originals' counts),
 * publish the cycle's update files, and only then remember what was seen ({@link WatchState}), so a watch
 * killed mid-cycle redoes the cycle on restart and the store's de-duplication takes back what it had stored.
 * The update holds the articles the cycle stored or gave a copy; a story stored by an earlier cycle and read
 * again (another feed linking the same page) is counted as a duplicate but not published again.
 */
final class Watch {
  private final Pipeline pipeline;
  private final Corpus corpus;
  private final Path store;
  private final List<Source> sources;
  private final int threads;
  private final Clock clock;
  private final PrintWriter err;
  private final Ingestion ingest;
  private final UpdateFeed updates;
  private final Alerts alerts;
  private final PrintWriter out;

  Watch(Pipeline pipeline, Corpus corpus, Path store, List<Source> sources, int threads, Clock clock, PrintWriter err) {
    this(pipeline, corpus, store, sources, threads, clock, new Alerts(List.of()), err, err);
  }

  /** @param out where fired alerts are said (standard output), one line each */
  Watch(Pipeline pipeline, Corpus corpus, Path store, List<Source> sources, int threads, Clock clock, Alerts alerts, PrintWriter out,
      PrintWriter err) {
    this.pipeline = requireNonNull(pipeline, "pipeline is null");
    this.corpus = requireNonNull(corpus, "corpus is null");
    this.store = requireNonNull(store, "store is null");
    this.sources = List.copyOf(sources);
    this.threads = threads;
    this.clock = requireNonNull(clock, "clock is null");
    this.err = requireNonNull(err, "err is null");
    this.ingest = new Ingestion(pipeline, corpus);
    this.updates = new UpdateFeed(store);
    this.alerts = requireNonNull(alerts, "alerts is null");
    this.out = requireNonNull(out, "out is null");
  }

  /** What one cycle did, for its summary line and the cycle log. */
  record Report(int cycle, Instant at, int items, int stored, int updated, int duplicates, long events, int alerts, int failures,
      double seconds, long heapMb, String update) {
    String line() {
      return String.format(Locale.ROOT, "dyad: watch cycle %d: %d new item(s), %d article(s) stored, %d updated, %d duplicate(s), "
          + "%d event(s), %d alert(s), %d failure(s), %.1f s, heap %d MB; update %s", cycle, items, stored, updated, duplicates, events,
          alerts, failures, seconds, heapMb, update);
    }
  }

  /** Runs one cycle and says what it did on standard error (and its alerts on standard output). */
  Report cycle() {
    long start = System.nanoTime();
    Instant at = clock.instant();
    WatchState before = WatchState.load(store);
    WatchState state = before.starting(Instant.now());
    state.save(store);
    int cycle = state.cycle() + 1;
    Map<String, SourceMemory> memories = new LinkedHashMap<>();
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    Set<String> keys = new LinkedHashSet<>();
    Polled polled;
    corpus.takeWithdrawn(); // only this cycle's edits are published as withdrawn
    Set<Long> withdrawn = new TreeSet<>(before.started() != null ? updates.unpublishedRemovals() : Set.of());
    try (PipelineRunner runner = new PipelineRunner(pipeline, threads, (doc, analysed) -> {
      Ingestion.Result r = ingest.storeReplacingEdits(doc, analysed);
      Outcome o = r.outcome();
      outcomes.merge(o, 1, Integer::sum);
      String key = corpus.articleKey(r.article());
      if (key != null && (o != Outcome.ALREADY_STORED || before.started() != null && !corpus.storedSince(List.of(key), state.started()).isEmpty())) {
        keys.add(key); // new reports, and what a killed attempt of this cycle stored; not repeats of older cycles' stories
      }
    })) {
      polled = poll(cycle, state, memories, runner::submit);
    }
    corpus.flush();
    List<EventRow> events = corpus.queries().eventsOfArticles(keys);
    Alerts.Result fired = alerts.evaluate(events, before.alerts(), corpus.queries());
    withdrawn.addAll(corpus.takeWithdrawn());
    UpdateFeed.Written w = updates.write(corpus, keys, events, fired.fired(), withdrawn, at);
    state.after(cycle, memories, fired.history()).save(store);
    for (Alerts.Fired f : fired.fired()) {
      out.println(f.line());
    }
    out.flush();
    Runtime rt = Runtime.getRuntime();
    Report r = new Report(cycle, at, polled.fresh(), outcomes.getOrDefault(Outcome.NEW, 0), outcomes.getOrDefault(Outcome.UPDATED, 0),
        outcomes.getOrDefault(Outcome.COPY, 0) + outcomes.getOrDefault(Outcome.ALREADY_STORED, 0), w.events(), w.alerts(),
        polled.failed() + outcomes.getOrDefault(Outcome.FAILED, 0), (System.nanoTime() - start) / 1e9,
        (rt.totalMemory() - rt.freeMemory()) >> 20, w.stamp());
    CycleLog.append(store, r);
    err.println(r.line());
    err.flush();
    return r;
  }

  /** How many new documents the sources gave and how many sources failed. */
  private record Polled(int fresh, int failed) {}

  /** Polls every source, its new documents into {@code sink} as they are read; each failure is said on standard error. */
  private Polled poll(int cycle, WatchState state, Map<String, SourceMemory> memories, Consumer<RawDocument> sink) {
    int fresh = 0;
    int failed = 0;
    for (Source s : sources) {
      Source.Poll p = s.poll(cycle, state.memory(s.name()), sink);
      memories.put(s.name(), p.memory());
      fresh += p.fresh();
      if (p.failure() != null) {
        failed++;
        err.println("dyad: watch: " + s.name() + ": " + p.failure() + " (failure " + p.memory().failures()
            + " in a row; next try in cycle " + p.memory().retryAt() + ")");
      }
    }
    return new Polled(fresh, failed);
  }
}
