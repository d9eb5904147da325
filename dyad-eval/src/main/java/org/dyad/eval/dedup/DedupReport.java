package org.dyad.eval.dedup;

import java.util.List;
import java.util.Locale;
import org.dyad.eval.run.Figure;

/**
 * Precision and recall of duplicate pairs on a {@link DuplicateSet}, with recall per edit (each copy
 * against its own original) and the false alarms among different stories from the same place.
 */
public record DedupReport(long seed, double threshold, int stories, int documents, List<EditRow> edits,
    int goldPairs, int predictedPairs, int correctPairs, int samePlacePairs, int samePlaceFalse) {
  /** Copies made by one edit, and how many were found to copy their original. */
  public record EditRow(Edit edit, int copies, int found) {
    public double recall() {
      return copies == 0 ? 0 : (double) found / copies;
    }
  }

  public DedupReport {
    edits = List.copyOf(edits);
  }

  public double precision() {
    return predictedPairs == 0 ? 0 : (double) correctPairs / predictedPairs;
  }

  public double recall() {
    return goldPairs == 0 ? 0 : (double) correctPairs / goldPairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The headline figures: precision, recall and F1 of duplicate pairs. */
  public List<Figure> figures() {
    String counts = documents + " documents, " + stories + " stories";
    return List.of(new Figure("pair F1", f1(), counts), new Figure("pair precision", precision(), ""),
        new Figure("pair recall", recall(), ""));
  }

  public String toTable() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Duplicate pairs: %d stories, %d documents (seed %d), MinHash threshold %.2f%n%n",
        stories, documents, seed, threshold));
    sb.append(String.format(Locale.ROOT, "| %-14s | %-47s | %6s | %5s | %6s |%n", "edit", "what changed", "copies", "found", "recall"));
    sb.append("|----------------|-------------------------------------------------|--------|-------|--------|\n");
    for (EditRow r : edits) {
      sb.append(String.format(Locale.ROOT, "| %-14s | %-47s | %6d | %5d | %6.3f |%n", r.edit().name().toLowerCase(Locale.ROOT),
          r.edit().description(), r.copies(), r.found(), r.recall()));
    }
    sb.append(String.format(Locale.ROOT, "%n| %-9s | %10s | %9s | %7s | %9s | %6s | %6s |%n",
        "pairs", "duplicates", "predicted", "correct", "precision", "recall", "F1"));
    sb.append("|-----------|------------|-----------|---------|-----------|--------|--------|\n");
    sb.append(String.format(Locale.ROOT, "| %-9s | %10d | %9d | %7d | %9.3f | %6.3f | %6.3f |%n",
        "all", goldPairs, predictedPairs, correctPairs, precision(), recall(), f1()));
    sb.append(String.format(Locale.ROOT, "%nDifferent stories with the same dateline place: %d pairs, %d wrongly joined.",
        samePlacePairs, samePlaceFalse));
    return sb.toString();
  }
}
