package org.dyad.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges candidate expressions from the annotator and from {@link PatternTimexRecognizer} into a
 * set without overlaps: longer spans first, the annotator's on equal length, then leftmost.
 */
final class SpanMerger {
  /** A candidate span; {@code type} and {@code value} are the annotator's, null for own finds. */
  record Candidate(int start, int end, String type, String value, boolean fromAnnotator) {
    int length() {
      return end - start;
    }

    boolean overlaps(Candidate o) {
      return start < o.end && o.start < end;
    }
  }

  private static final Comparator<Candidate> PREFERENCE = Comparator
      .comparingInt(Candidate::length).reversed()
      .thenComparing(c -> !c.fromAnnotator())
      .thenComparingInt(Candidate::start);

  private SpanMerger() {}

  /** Non-overlapping candidates sorted by start. */
  static List<Candidate> merge(List<Candidate> candidates) {
    List<Candidate> byPreference = new ArrayList<>(candidates);
    byPreference.sort(PREFERENCE);
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : byPreference) {
      if (kept.stream().noneMatch(c::overlaps)) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return kept;
  }
}
