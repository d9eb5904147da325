package org.dyad.eval.timex;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.model.DateMention;

/**
 * Scores one document's system mentions against its gold, TempEval-3 Task A style. Matching is
 * one-to-one: exact-span pairs first, then each remaining gold mention (in text order) takes the
 * first remaining system mention that overlaps it.
 */
public final class TimexScorer {
  private TimexScorer() {}

  /** The report of a single document. */
  public static TimexReport score(List<TimexGold> gold, List<DateMention> system) {
    requireNonNull(gold, "gold is null");
    requireNonNull(system, "system is null");
    DateMention[] pair = pairs(gold, system);
    int strict = 0;
    for (int i = 0; i < gold.size(); i++) {
      strict += pair[i] != null && pair[i].start() == gold.get(i).start() && pair[i].end() == gold.get(i).end() ? 1 : 0;
    }
    int relaxed = 0;
    int typeOk = 0;
    int valueOk = 0;
    Map<String, TimexReport.TypeCounts> types = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      TimexGold g = gold.get(i);
      DateMention s = pair[i];
      boolean found = s != null;
      boolean valueRight = found && Objects.equals(g.value(), s.value());
      relaxed += found ? 1 : 0;
      typeOk += found && g.type().equals(s.type()) ? 1 : 0;
      valueOk += valueRight ? 1 : 0;
      types.merge(g.type(), new TimexReport.TypeCounts(1, found ? 1 : 0, valueRight ? 1 : 0),
          (a, b) -> new TimexReport.TypeCounts(a.gold() + b.gold(), a.found() + b.found(),
              a.valueCorrect() + b.valueCorrect()));
    }
    return new TimexReport(1, gold.size(), system.size(), relaxed, strict, typeOk, valueOk, types);
  }

  /** The system mention paired with each gold mention (null: none), one-to-one. */
  static DateMention[] pairs(List<TimexGold> gold, List<DateMention> system) {
    DateMention[] pair = new DateMention[gold.size()];
    boolean[] used = new boolean[system.size()];
    pairExact(gold, system, pair, used);
    pairOverlapping(gold, system, pair, used);
    return pair;
  }

  private static int pairExact(List<TimexGold> gold, List<DateMention> system,
      DateMention[] pair, boolean[] used) {
    int strict = 0;
    for (int i = 0; i < gold.size(); i++) {
      TimexGold g = gold.get(i);
      for (int j = 0; j < system.size(); j++) {
        DateMention s = system.get(j);
        if (!used[j] && s.start() == g.start() && s.end() == g.end()) {
          pair[i] = s;
          used[j] = true;
          strict++;
          break;
        }
      }
    }
    return strict;
  }

  private static void pairOverlapping(List<TimexGold> gold, List<DateMention> system,
      DateMention[] pair, boolean[] used) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(gold.get(a).start(), gold.get(b).start()));
    for (int i : order) {
      if (pair[i] != null) {
        continue;
      }
      TimexGold g = gold.get(i);
      for (int j = 0; j < system.size(); j++) {
        DateMention s = system.get(j);
        if (!used[j] && s.start() < g.end() && g.start() < s.end()) {
          pair[i] = s;
          used[j] = true;
          break;
        }
      }
    }
  }
}
