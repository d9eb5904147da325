package org.dyad.eval.run;

import static java.util.Objects.requireNonNull;

/**
 * One headline figure of an evaluation.
 *
 * @param metric its name, as the tables and {@code docs/RESULTS.md} write it
 * @param counts what it is a share of ("315/1050"), or "" when it is not a share
 */
public record Figure(String metric, double value, String counts) {
  public Figure {
    requireNonNull(metric, "metric is null");
    requireNonNull(counts, "counts is null");
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException(metric + " is NaN");
    }
  }
}
