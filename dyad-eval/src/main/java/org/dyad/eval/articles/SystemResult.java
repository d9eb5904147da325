package org.dyad.eval.articles;

import static java.util.Objects.requireNonNull;

/**
 * One system's scores.
 *
 * @param system the system's name
 * @param score its macro scores
 * @param failures on how many pages the system threw (those pages were scored as empty)
 */
public record SystemResult(String system, ExtractionScore score, int failures) {
  public SystemResult {
    requireNonNull(system, "system is null");
    requireNonNull(score, "score is null");
    if (failures < 0) {
      throw new IllegalArgumentException("failures < 0: " + failures);
    }
  }
}
