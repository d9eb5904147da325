package org.dyad.eval.events;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scores an event coder on the PETRARCH gold sentences of {@code shared/eval/events-petrarch}: the
 * real-news development set ({@link #DEV}) or the unit-test records ({@link #UNITTEST}).
 */
public final class EventEval {
  /** The development half of the real-news gold standard. */
  public static final String DEV = "gsr_dev.jsonl";
  /** The PETRARCH unit-test records. */
  public static final String UNITTEST = "unittest/unittest_gold.jsonl";

  private EventEval() {}

  /** The gold sentences of a file in {@code dir}, first {@code limit} only (0 = all). */
  public static List<GoldSentence> read(Path dir, String file, int limit) throws IOException {
    requireNonNull(dir, "dir is null");
    Path p = dir.resolve(file);
    if (!Files.isRegularFile(p)) {
      throw new IOException("missing " + p);
    }
    List<GoldSentence> all;
    try (var in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      all = GoldReader.read(in, p.toString());
    }
    return limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
  }

  /**
   * Scores the system on each sentence; {@code trace} receives one diagnostic line per sentence
   * (gold and coded events).
   */
  public static EventReport evaluate(String title, List<GoldSentence> gold,
      Function<GoldSentence, List<GoldEvent>> system, Consumer<String> trace) {
    requireNonNull(system, "system is null");
    requireNonNull(trace, "trace is null");
    EventReport report = EventReport.empty(title);
    for (GoldSentence g : gold) {
      List<GoldEvent> found = system.apply(g);
      EventCounts c = EventScorer.score(g, found);
      trace.accept(g.id() + "\t" + c.exact() + "/" + c.relaxed() + "\tgold=" + (g.noEvents() ? "[]" : g.events())
          + "\tfound=" + found);
      report = report.plus(g.category(), c);
    }
    return report;
  }
}
