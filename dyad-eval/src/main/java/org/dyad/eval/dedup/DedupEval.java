package org.dyad.eval.dedup;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.clean.Cleaner;
import org.dyad.core.dedup.Deduplicator;
import org.dyad.model.CleanedArticle;

/**
 * Scores the {@link Deduplicator} on a {@link DuplicateSet}: every document is cleaned and checked
 * in the set's order, the "copy of" links are closed into groups, and every pair of documents is
 * judged: a duplicate pair when both tell the same story, found when both are in one group.
 */
public final class DedupEval {
  private final Cleaner cleaner;
  private final double threshold;

  public DedupEval(Cleaner cleaner, double threshold) {
    this.cleaner = requireNonNull(cleaner, "cleaner is null");
    this.threshold = threshold;
  }

  public DedupReport run(DuplicateSet set) {
    Deduplicator dedup = new Deduplicator(threshold);
    List<DuplicateSet.Entry> entries = set.entries();
    int n = entries.size();
    int[] group = new int[n];
    String[] place = new String[n];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      CleanedArticle a = cleaner.clean(entries.get(i).document());
      place[i] = a.dateline() == null ? null : a.dateline().place();
      String first = dedup.check(a.id(), a.text()).orElse(null);
      group[i] = first == null ? i : group[index.get(first)];
      index.put(a.id(), i);
    }
    return score(entries, group, place, set.seed());
  }

  private DedupReport score(List<DuplicateSet.Entry> entries, int[] group, String[] place, long seed) {
    int gold = 0;
    int predicted = 0;
    int correct = 0;
    int samePlace = 0;
    int samePlaceFalse = 0;
    Map<Edit, int[]> byEdit = new EnumMap<>(Edit.class);
    for (int i = 0; i < entries.size(); i++) {
      for (int j = i + 1; j < entries.size(); j++) {
        boolean same = entries.get(i).story().equals(entries.get(j).story());
        boolean found = group[i] == group[j];
        gold += same ? 1 : 0;
        predicted += found ? 1 : 0;
        correct += same && found ? 1 : 0;
        if (!same && place[i] != null && place[i].equalsIgnoreCase(String.valueOf(place[j]))) {
          samePlace++;
          samePlaceFalse += found ? 1 : 0;
        }
        countCopy(byEdit, entries.get(i), entries.get(j), found);
      }
    }
    List<DedupReport.EditRow> rows = new ArrayList<>();
    byEdit.forEach((edit, c) -> rows.add(new DedupReport.EditRow(edit, c[0], c[1])));
    long stories = entries.stream().map(DuplicateSet.Entry::story).distinct().count();
    return new DedupReport(seed, threshold, (int) stories, entries.size(), rows, gold, predicted, correct, samePlace, samePlaceFalse);
  }

  /** A copy paired with its own original: counted under the copy's edit. */
  private static void countCopy(Map<Edit, int[]> byEdit, DuplicateSet.Entry a, DuplicateSet.Entry b, boolean found) {
    DuplicateSet.Entry copy = a.edit() == Edit.ORIGINAL ? b : a;
    DuplicateSet.Entry original = copy == a ? b : a;
    if (original.edit() != Edit.ORIGINAL || copy.edit() == Edit.ORIGINAL
        || !copy.document().id().endsWith("-" + original.document().id())) {
      return;
    }
    int[] c = byEdit.computeIfAbsent(copy.edit(), e -> new int[2]);
    c[0]++;
    c[1] += found ? 1 : 0;
  }
}
