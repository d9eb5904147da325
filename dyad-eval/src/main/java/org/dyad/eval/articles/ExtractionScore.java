package org.dyad.eval.articles;

/**
 * Macro-averaged scores of one system over a set of documents.
 *
 * @param precision mean precision over documents with a non-empty prediction
 * @param recall mean recall over documents with a non-empty gold text
 * @param f1 harmonic mean of {@code precision} and {@code recall}
 * @param accuracy share of documents whose token list equals the gold one
 * @param documents how many documents were scored
 */
public record ExtractionScore(double precision, double recall, double f1, double accuracy, int documents) {
  public ExtractionScore {
    if (documents < 0) {
      throw new IllegalArgumentException("documents < 0: " + documents);
    }
  }
}
