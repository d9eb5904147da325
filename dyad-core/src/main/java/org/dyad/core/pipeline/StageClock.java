package org.dyad.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Wall-clock nanoseconds and calls per stage, summed over all threads; read by {@code dyad bench}. */
public final class StageClock {
  /** Time and call count of one stage. */
  public record Total(long nanos, long calls) {}

  private final Map<String, LongAdder[]> totals = new ConcurrentHashMap<>();

  void add(String stage, long nanos) {
    LongAdder[] t = totals.computeIfAbsent(stage, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
    t[0].add(nanos);
    t[1].increment();
  }

  /** Totals in the order the stages first ran. */
  public Map<String, Total> snapshot() {
    Map<String, Total> out = new LinkedHashMap<>();
    for (String stage : new String[] {"clean", "dedup", "annotate", "entities", "time", "quotes", "events", "tone"}) {
      LongAdder[] t = totals.get(stage);
      if (t != null) {
        out.put(stage, new Total(t[0].sum(), t[1].sum()));
      }
    }
    return out;
  }
}
