package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks non-overlapping candidates: longest first, then highest priority, then leftmost. */
final class MentionSelector {
  private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::length)
      .reversed()
      .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
      .thenComparingInt(Candidate::first);

  private MentionSelector() {}

  /** The chosen candidates sorted by first token. */
  static List<Candidate> select(List<Candidate> candidates, int tokens) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(PREFERENCE);
    boolean[] taken = new boolean[tokens];
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : sorted) {
      if (c.end() > tokens || isTaken(taken, c.first(), c.end())) {
        continue;
      }
      for (int i = c.first(); i < c.end(); i++) {
        taken[i] = true;
      }
      chosen.add(c);
    }
    chosen.sort(Comparator.comparingInt(Candidate::first));
    return chosen;
  }

  static boolean isTaken(boolean[] taken, int first, int end) {
    for (int i = first; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  static boolean[] taken(List<Candidate> chosen, int tokens) {
    boolean[] taken = new boolean[tokens];
    for (Candidate c : chosen) {
      for (int i = c.first(); i < c.end(); i++) {
        taken[i] = true;
      }
    }
    return taken;
  }
}
