package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What executors receive: a small serialisable configuration from which each builds the heavy
 * pipeline itself ({@link SharedModels}), never the pipeline.
 *
 * @param fallbackDate the article date for inputs that carry none (may be null)
 * @param partitions the number of partitions the documents are spread over, balanced by count and size
 *     ({@link DocumentSpreader}); the analysis runs as this many tasks
 * @param maxInputBytes pages and WARC payloads larger than this are cut, with an issue
 * @param findCopies look for copies across the whole input first ({@link DuplicateFinder}); without it
 *     every document is analysed, which suits input de-duplicated before (and timing on a repeated corpus)
 */
public record JobConfig(LocalDate fallbackDate, int partitions, long maxInputBytes, boolean findCopies)
    implements Serializable {
  private static final long serialVersionUID = 1L;
  /** As the command's inputs: news pages are far smaller than 16 MB. */
  public static final long MAX_INPUT_BYTES = 16L * 1024 * 1024;

  public JobConfig {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
    }
    if (maxInputBytes <= 0) {
      throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
    }
  }
}
