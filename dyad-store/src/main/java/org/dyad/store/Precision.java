package org.dyad.store;

/**
 * The share of judged events judged right in one group (a code root, an actor, a lexicon entry), with its Wilson
 * score interval at 95%.
 *
 * @param group what the events share ({@code 04}, {@code RUSGOV}, {@code verbs.txt:812})
 * @param right how many of them were judged right
 * @param judged how many were judged (right, wrong or corrected)
 * @param example the evidence of one event of the group judged not right, or null when all were right
 */
public record Precision(String group, int right, int judged, double low, double high, String example) {
  /** z for a two-sided 95% interval. */
  private static final double Z = 1.959964;

  public Precision {
    if (judged < 1 || right < 0 || right > judged) {
      throw new IllegalArgumentException("want 0 <= right <= judged, judged >= 1: " + right + "/" + judged);
    }
  }

  /** The group's share with its Wilson interval. */
  public static Precision of(String group, int right, int judged, String example) {
    double n = judged;
    double p = right / n;
    double z2 = Z * Z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    return new Precision(group, right, judged, Math.max(0, centre - half), Math.min(1, centre + half), example);
  }

  /** The share judged right. */
  public double share() {
    return right / (double) judged;
  }

  /** How many were judged wrong or corrected. */
  public int notRight() {
    return judged - right;
  }
}
