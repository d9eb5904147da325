package org.dyad.eval.coref;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.eval.run.Figure;

/** MUC, B-cubed and pairwise scores summed over documents, with the size of the set. */
public record CorefReport(int documents, int mentions, int chains, CorefScore muc, CorefScore bcubed,
    CorefScore pairwise) {
  public static final CorefReport EMPTY = new CorefReport(0, 0, 0, CorefScore.EMPTY, CorefScore.EMPTY,
      CorefScore.EMPTY);

  /** The scores of one document whose gold mentions Dyad put in clusters {@code system}. */
  static CorefReport of(CorefDocument d, List<String> system) {
    List<String> gold = d.mentions().stream().map(GoldMention::chain).toList();
    Set<String> multi = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (String c : gold) {
      if (!seen.add(c)) {
        multi.add(c);
      }
    }
    return new CorefReport(1, gold.size(), multi.size(), CorefScorer.muc(gold, system),
        CorefScorer.bcubed(gold, system), CorefScorer.pairwise(gold, system));
  }

  public CorefReport plus(CorefReport o) {
    return new CorefReport(documents + o.documents, mentions + o.mentions, chains + o.chains, muc.plus(o.muc),
        bcubed.plus(o.bcubed), pairwise.plus(o.pairwise));
  }

  /** The headline figures: MUC, B-cubed and pairwise F1. */
  public List<Figure> figures() {
    String counts = mentions + " mentions, " + chains + " chains";
    return List.of(new Figure("MUC F1", muc.f1(), counts), new Figure("B-cubed F1", bcubed.f1(), ""),
        new Figure("pairwise F1", pairwise.f1(), ""));
  }

  public String toTable() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "%d articles, %d person mentions, %d chains of two or more%n%-9s %6s %6s %6s%n", documents, mentions,
        chains, "metric", "P", "R", "F1"));
    row(b, "MUC", muc);
    row(b, "B-cubed", bcubed);
    row(b, "pairwise", pairwise);
    return b.toString().stripTrailing();
  }

  private static void row(StringBuilder b, String name, CorefScore s) {
    b.append(String.format(Locale.ROOT, "%-9s %6.3f %6.3f %6.3f%n", name, s.precision(), s.recall(), s.f1()));
  }
}
