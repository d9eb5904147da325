package org.dyad.core.pipeline;

import static java.util.Objects.requireNonNull;

/**
 * What the pipeline does, checked when it is built.
 *
 * @param stages how far to go
 * @param maxAnnotatedChars longer texts are annotated only up to this many characters (an issue says so)
 * @param duplicateThreshold shingle similarity from which an article is a copy of an earlier one
 */
public record PipelineConfig(Stages stages, int maxAnnotatedChars, double duplicateThreshold) {
  public static final PipelineConfig DEFAULT = new PipelineConfig(Stages.ALL, 50_000, 0.8);

  public PipelineConfig {
    requireNonNull(stages, "stages is null");
    if (maxAnnotatedChars < 1_000) {
      throw new IllegalArgumentException("maxAnnotatedChars must be at least 1000: " + maxAnnotatedChars);
    }
    if (duplicateThreshold <= 0 || duplicateThreshold > 1) {
      throw new IllegalArgumentException("duplicateThreshold must be in (0, 1]: " + duplicateThreshold);
    }
  }

  public PipelineConfig withStages(Stages s) {
    return new PipelineConfig(s, maxAnnotatedChars, duplicateThreshold);
  }
}
