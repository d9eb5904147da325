package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * A watch's memory, kept in {@code watch/state.json} under the store folder: the last finished cycle and
 * each source's {@link SourceMemory}. It is written once per cycle, after the cycle's articles are stored,
 * by writing a new file and renaming it over the old, so a killed watch finds either the state before the
 * cycle (and redoes it: the store's de-duplication takes back what it had stored) or the state after it.
 */
public record WatchState(int cycle, Map<String, SourceMemory> sources) {
  static final String FILE = "watch/state.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  public WatchState {
    sources = Map.copyOf(requireNonNull(sources, "sources is null"));
    if (cycle < 0) {
      throw new IllegalArgumentException("cycle cannot be negative: " + cycle);
    }
  }

  public SourceMemory memory(String source) {
    return sources.getOrDefault(source, SourceMemory.NEW);
  }

  /** The state after {@code cycle}, with the given sources' new memories (the others kept). */
  public WatchState after(int cycle, Map<String, SourceMemory> polled) {
    Map<String, SourceMemory> all = new TreeMap<>(sources);
    all.putAll(polled);
    return new WatchState(cycle, all);
  }

  /** The state kept under {@code store}, or a fresh one when there is none yet. */
  public static WatchState load(Path store) {
    Path file = store.resolve(FILE);
    if (!Files.exists(file)) {
      return new WatchState(0, Map.of());
    }
    try {
      return JSON.readValue(file.toFile(), WatchState.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the watch state " + file + " is damaged (" + e.getOriginalMessage()
          + "); move it away to start watching afresh (the store's de-duplication keeps what is stored)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Writes this state under {@code store}, atomically (a new file, forced to disk, renamed over the old). */
  public void save(Path store) {
    Path file = store.resolve(FILE);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
