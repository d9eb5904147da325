package org.dyad.cli.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The watch's cycle log, {@code watch/cycles.jsonl} under the store: one JSON object a finished cycle (its number,
 * start time {@code at}, counts, seconds, heap in use in MB, update stamp), appended, so the time and memory of every
 * cycle of a long watch can be read back, and the web UI shows the last line.
 */
public final class CycleLog {
  public static final String FILE = "watch/cycles.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private CycleLog() {}

  /** Appends one cycle's record (any object Jackson writes as one JSON object) to the log under {@code store}. */
  public static void append(Path store, Object cycle) {
    Path file = store.resolve(FILE);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, JSON.writeValueAsString(cycle) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
  }
}
