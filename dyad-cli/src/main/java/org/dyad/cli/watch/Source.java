package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.dyad.model.RawDocument;

/** One thing a watch polls each cycle: a feed or a folder. */
public interface Source {
  /** The name the source is remembered under: its URL, or its folder's absolute path. */
  String name();

  /** Lists the source and reads what is new since {@code memory}; never throws for what the source holds. */
  Poll poll(int cycle, SourceMemory memory);

  /**
   * What one poll gave.
   *
   * @param fresh the new documents, in source order
   * @param memory what to remember once they are stored
   * @param failure why the poll failed, or null
   * @param waited whether the source was not polled, backing off after failures
   */
  record Poll(List<RawDocument> fresh, SourceMemory memory, String failure, boolean waited) {
    public Poll {
      fresh = List.copyOf(fresh);
      requireNonNull(memory, "memory is null");
    }

    static Poll waiting(SourceMemory memory) {
      return new Poll(List.of(), memory, null, true);
    }

    static Poll failed(int cycle, SourceMemory memory, String reason) {
      return new Poll(List.of(), memory.failed(cycle, reason), reason, false);
    }
  }
}
