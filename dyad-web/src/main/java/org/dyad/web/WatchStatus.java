package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code /api/watch} says about a {@code dyad watch} writing into the store: its last finished cycle (the last
 * line of {@code watch/cycles.jsonl}: number, start time, counts, seconds, heap) and the files
 * {@code updates/lastupdate.txt} names. Read from the files on each request, so a page shows the newest cycle
 * while the watch runs; only the log's tail is read, however long it has grown.
 */
final class WatchStatus {
  static final String LOG = "watch/cycles.jsonl";
  static final String LAST = "updates/lastupdate.txt";
  private static final int TAIL = 4096;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path store;

  /** @param store the store folder, or null when unknown (then no watch is ever reported) */
  WatchStatus(Path store) {
    this.store = store;
  }

  /**
   * The status.
   *
   * @param watched whether a watch has finished a cycle in this store
   * @param lastCycle the last cycle's record, or null
   * @param lastUpdate the update files lastupdate.txt names, newest cycle's, or empty
   */
  record Status(boolean watched, JsonNode lastCycle, List<String> lastUpdate) {}

  Status read() throws IOException {
    if (store == null || !Files.isRegularFile(store.resolve(LOG))) {
      return new Status(false, null, List.of());
    }
    JsonNode last = lastLine(store.resolve(LOG));
    List<String> files = new ArrayList<>();
    Path named = store.resolve(LAST);
    if (Files.isRegularFile(named)) {
      for (String line : Files.readAllLines(named, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          files.add(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
    }
    return new Status(last != null, last, files);
  }

  /** The last whole line of the log, parsed; null when it has none (a line being written is not whole). */
  private static JsonNode lastLine(Path log) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
      long start = Math.max(0, f.length() - TAIL);
      byte[] tail = new byte[(int) (f.length() - start)];
      f.seek(start);
      f.readFully(tail);
      String text = new String(tail, StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n');
      if (end < 0) {
        return null;
      }
      String line = text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
      return line.isBlank() ? null : JSON.readTree(line);
    }
  }
}
