package org.dyad.core.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts what was skipped per input and reason, for a summary line per input. Not thread-safe. */
public final class SkipCounts implements ReadMonitor {
  private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();

  @Override
  public void skipped(String input, String reason) {
    counts.computeIfAbsent(input, k -> new TreeMap<>()).merge(reason, 1, Integer::sum);
  }

  /** How often this reason was counted for this input. */
  public int count(String input, String reason) {
    return counts.getOrDefault(input, Map.of()).getOrDefault(reason, 0);
  }

  /** One line per input, in first-seen order: {@code "a.warc: skipped 2 × request, 1 × warcinfo"}. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    counts.forEach((input, reasons) -> {
      List<String> parts = new ArrayList<>();
      reasons.forEach((reason, n) -> parts.add(n + " × " + reason));
      out.add(input + ": skipped " + String.join(", ", parts));
    });
    return out;
  }
}
