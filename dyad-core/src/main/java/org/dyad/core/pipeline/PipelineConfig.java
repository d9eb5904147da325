package org.dyad.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * What the pipeline does, checked when it is built.
 *
 * @param stages how far to go
 * @param maxAnnotatedChars longer texts are annotated only up to this many characters (an issue says so)
 * @param duplicateThreshold shingle similarity from which an article is a copy of an earlier one
 * @param articleTimeout the longest one article's analysis (annotation to events) may take; an article
 *     that takes longer comes out cleaned only, with an issue {@code pipeline/timeout}
 */
public record PipelineConfig(Stages stages, int maxAnnotatedChars, double duplicateThreshold, Duration articleTimeout) {
  /** Generous: the longest annotated text (50,000 characters) takes about 10 s on a quiet machine. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  public static final PipelineConfig DEFAULT = new PipelineConfig(Stages.ALL, 50_000, 0.8, DEFAULT_TIMEOUT);

  public PipelineConfig {
    requireNonNull(stages, "stages is null");
    requireNonNull(articleTimeout, "articleTimeout is null");
    if (maxAnnotatedChars < 1_000) {
      throw new IllegalArgumentException("maxAnnotatedChars must be at least 1000: " + maxAnnotatedChars);
    }
    if (duplicateThreshold <= 0 || duplicateThreshold > 1) {
      throw new IllegalArgumentException("duplicateThreshold must be in (0, 1]: " + duplicateThreshold);
    }
    if (articleTimeout.isNegative() || articleTimeout.isZero()) {
      throw new IllegalArgumentException("articleTimeout must be positive: " + articleTimeout);
    }
  }

  /** With the default article timeout. */
  public PipelineConfig(Stages stages, int maxAnnotatedChars, double duplicateThreshold) {
    this(stages, maxAnnotatedChars, duplicateThreshold, DEFAULT_TIMEOUT);
  }

  public PipelineConfig withStages(Stages s) {
    return new PipelineConfig(s, maxAnnotatedChars, duplicateThreshold, articleTimeout);
  }

  public PipelineConfig withArticleTimeout(Duration timeout) {
    return new PipelineConfig(stages, maxAnnotatedChars, duplicateThreshold, timeout);
  }
}
