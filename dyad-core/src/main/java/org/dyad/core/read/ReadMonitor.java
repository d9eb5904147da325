package org.dyad.core.read;

import java.nio.file.Path;

/** Hears how reading goes: which file is being read, and what was passed over as not an article. */
public interface ReadMonitor {
  /** A monitor that ignores everything. */
  ReadMonitor NONE = new ReadMonitor() {};

  /**
   * A file is about to be read.
   *
   * @param number its place among all files of the run, from 1
   * @param total how many files the run has
   */
  default void fileStarted(Path file, int number, int total) {}

  /** Something in an input was passed over on purpose (a WARC request record, an image, a file of unknown type). */
  default void skipped(String input, String reason) {}
}
