package org.dyad.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

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
    return merge(candidates, c -> c);
  }

  /** Non-overlapping items, judged by their candidate spans, sorted by start. */
  static <T> List<T> merge(List<T> items, Function<T, Candidate> span) {
    List<T> byPreference = new ArrayList<>(items);
    byPreference.sort(Comparator.comparing(span, PREFERENCE));
    List<T> kept = new ArrayList<>();
    for (T item : byPreference) {
      Candidate c = span.apply(item);
      if (kept.stream().noneMatch(k -> c.overlaps(span.apply(k)))) {
        kept.add(item);
      }
    }
    kept.sort(Comparator.comparingInt(t -> span.apply(t).start()));
    return kept;
  }
}
