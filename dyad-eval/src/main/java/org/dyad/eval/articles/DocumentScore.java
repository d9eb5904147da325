package org.dyad.eval.articles;

/**
 * Shingle counts for one document, before normalisation (normalising does not change P or R).
 *
 * @param truePositives shingles in both texts (multiset intersection)
 * @param falsePositives predicted shingles beyond the gold counts
 * @param falseNegatives gold shingles beyond the predicted counts
 * @param exactMatch whether the two token lists are equal
 */
public record DocumentScore(long truePositives, long falsePositives, long falseNegatives, boolean exactMatch) {
  public DocumentScore {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  /** Whether the prediction had any shingle, so that precision is defined. */
  public boolean hasPrediction() {
    return truePositives + falsePositives > 0;
  }

  /** Whether the gold had any shingle, so that recall is defined. */
  public boolean hasGold() {
    return truePositives + falseNegatives > 0;
  }

  /** TP / (TP + FP); 1 when FP = FN = 0; NaN when the prediction is empty. */
  public double precision() {
    if (falsePositives == 0 && falseNegatives == 0) {
      return 1.0;
    }
    return hasPrediction() ? (double) truePositives / (truePositives + falsePositives) : Double.NaN;
  }

  /** TP / (TP + FN); 1 when FP = FN = 0; NaN when the gold is empty. */
  public double recall() {
    if (falsePositives == 0 && falseNegatives == 0) {
      return 1.0;
    }
    return hasGold() ? (double) truePositives / (truePositives + falseNegatives) : Double.NaN;
  }
}
