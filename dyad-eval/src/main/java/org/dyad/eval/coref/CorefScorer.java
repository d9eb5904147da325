package org.dyad.eval.coref;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard coreference metrics over one document's mentions, each mention given a gold chain
 * and a system cluster (a mention the system leaves alone has a cluster of its own): MUC (links),
 * B-cubed (per mention) and pairwise links. System clusters are taken over the gold mentions only.
 */
public final class CorefScorer {
  private CorefScorer() {}

  /** MUC (Vilain et al. 1995): links needed to join each chain, and how many of them the other side has. */
  public static CorefScore muc(List<String> gold, List<String> system) {
    double[] r = mucHalf(gold, system);
    double[] p = mucHalf(system, gold);
    return new CorefScore(p[0], p[1], r[0], r[1]);
  }

  private static double[] mucHalf(List<String> key, List<String> response) {
    Map<String, Set<String>> parts = new HashMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    for (int i = 0; i < key.size(); i++) {
      parts.computeIfAbsent(key.get(i), k -> new HashSet<>()).add(response.get(i));
      sizes.merge(key.get(i), 1, Integer::sum);
    }
    double num = 0;
    double den = 0;
    for (Map.Entry<String, Integer> e : sizes.entrySet()) {
      num += e.getValue() - parts.get(e.getKey()).size();
      den += e.getValue() - 1;
    }
    return new double[] {num, den};
  }

  /** B-cubed (Bagga and Baldwin 1998): for each mention, the overlap of its chain and its cluster. */
  public static CorefScore bcubed(List<String> gold, List<String> system) {
    double p = 0;
    double r = 0;
    for (int i = 0; i < gold.size(); i++) {
      int both = 0;
      int inGold = 0;
      int inSystem = 0;
      for (int j = 0; j < gold.size(); j++) {
        boolean g = gold.get(j).equals(gold.get(i));
        boolean s = system.get(j).equals(system.get(i));
        both += g && s ? 1 : 0;
        inGold += g ? 1 : 0;
        inSystem += s ? 1 : 0;
      }
      p += (double) both / inSystem;
      r += (double) both / inGold;
    }
    return new CorefScore(p, gold.size(), r, gold.size());
  }

  /** Pairs of mentions in one chain (gold) or one cluster (system). */
  public static CorefScore pairwise(List<String> gold, List<String> system) {
    double both = 0;
    double g = 0;
    double s = 0;
    for (int i = 0; i < gold.size(); i++) {
      for (int j = i + 1; j < gold.size(); j++) {
        boolean sameGold = gold.get(i).equals(gold.get(j));
        boolean sameSystem = system.get(i).equals(system.get(j));
        both += sameGold && sameSystem ? 1 : 0;
        g += sameGold ? 1 : 0;
        s += sameSystem ? 1 : 0;
      }
    }
    return new CorefScore(both, s, both, g);
  }
}
