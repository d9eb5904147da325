package org.dyad.eval.quotes;

/**
 * One way to score content: which attributions take part (direct-quote-like only, or all) and how
 * much of a gold content a prediction must cover to match it.
 */
public enum Setting {
  DIRECT_03("direct", 0.3),
  DIRECT_08("direct", 0.8),
  DIRECT_EXACT("direct", Double.NaN),
  ALL_03("all", 0.3),
  ALL_08("all", 0.8),
  ALL_EXACT("all", Double.NaN);

  private final String subset;
  private final double threshold;

  Setting(String subset, double threshold) {
    this.subset = subset;
    this.threshold = threshold;
  }

  public boolean directOnly() {
    return subset.equals("direct");
  }

  /** True when the prediction's characters must equal the gold's (after trimming). */
  public boolean exact() {
    return Double.isNaN(threshold);
  }

  /** The overlap a match must exceed; NaN for exact matching. */
  public double threshold() {
    return threshold;
  }

  public String label() {
    return subset + (exact() ? " exact" : " overlap>" + threshold);
  }
}
