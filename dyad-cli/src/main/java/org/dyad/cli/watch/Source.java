package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;
import org.dyad.model.RawDocument;

/** One thing a watch polls each cycle: a feed or a folder. */
public interface Source {
  /** The name the source is remembered under: its URL, or its folder's absolute path. */
  String name();

  /**
   * Lists the source and hands what is new since {@code memory} to {@code sink} as it is read (so a large
   * folder streams through the pipeline); never throws for what the source holds.
   */
  Poll poll(int cycle, SourceMemory memory, Consumer<RawDocument> sink);

  /**
   * What one poll gave.
   *
   * @param fresh how many new documents went to the sink
   * @param memory what to remember once they are stored
   * @param failure why the poll failed, or null
   * @param waited whether the source was not polled, backing off after failures
   */
  record Poll(int fresh, SourceMemory memory, String failure, boolean waited) {
    public Poll {
      requireNonNull(memory, "memory is null");
      if (fresh < 0) {
        throw new IllegalArgumentException("fresh cannot be negative: " + fresh);
      }
    }

    static Poll waiting(SourceMemory memory) {
      return new Poll(0, memory, null, true);
    }

    static Poll failed(int cycle, SourceMemory memory, String reason) {
      return new Poll(0, memory.failed(cycle, reason), reason, false);
    }
  }
}
