package org.dyad.eval.timex;

/** Precision, recall and F1, each in [0, 1]; 0 where a denominator is 0. */
public record Score(double precision, double recall, double f1) {
  public Score {
    check(precision, "precision");
    check(recall, "recall");
    check(f1, "f1");
  }

  /** The score of {@code correct} matches among {@code system} answers and {@code gold} items. */
  public static Score of(int correct, int system, int gold) {
    if (correct < 0 || correct > Math.min(system, gold) || system < 0 || gold < 0) {
      throw new IllegalArgumentException("bad counts " + correct + "/" + system + "/" + gold);
    }
    double p = system == 0 ? 0 : (double) correct / system;
    double r = gold == 0 ? 0 : (double) correct / gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(p, r, f);
  }

  private static void check(double x, String name) {
    if (!(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException(name + " out of [0,1]: " + x);
    }
  }
}
