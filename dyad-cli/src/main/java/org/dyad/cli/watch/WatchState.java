package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A watch's memory, kept in {@code watch/state.json} under the store folder: the last finished cycle, each
 * source's {@link SourceMemory}, and when the next cycle began if it has not finished. It is written when a
 * cycle begins (marking it started) and after its articles are stored and its update published (with the new
 * memories), each time by writing a new file and renaming it over the old. A killed watch thus finds the state
 * before the cycle, marked started: it redoes the cycle, the store's de-duplication takes back what it had
 * stored, and what the killed attempt stored since {@code started} still goes into the cycle's update.
 *
 * @param started when the cycle after {@code cycle} began, or null when it has not (or it finished)
 * @param alerts each {@code --alert} rule's tallies of the last cycles, oldest first, by the rule's text (a state
 *     an older watch wrote has none)
 */
public record WatchState(int cycle, Map<String, SourceMemory> sources, Instant started, Map<String, List<Alerts.Tally>> alerts) {
  static final String FILE = "watch/state.json";
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  public WatchState {
    sources = Map.copyOf(requireNonNull(sources, "sources is null"));
    alerts = alerts == null ? Map.of() : Map.copyOf(alerts);
    if (cycle < 0) {
      throw new IllegalArgumentException("cycle cannot be negative: " + cycle);
    }
  }

  public WatchState(int cycle, Map<String, SourceMemory> sources, Instant started) {
    this(cycle, sources, started, Map.of());
  }

  public SourceMemory memory(String source) {
    return sources.getOrDefault(source, SourceMemory.NEW);
  }

  /** This state, with the next cycle marked as begun at {@code at} (unless a killed attempt of it began earlier). */
  public WatchState starting(Instant at) {
    return new WatchState(cycle, sources, started != null ? started : at, alerts);
  }

  /** The state after {@code cycle}, with the given sources' new memories (the others kept), the alert tallies kept. */
  public WatchState after(int cycle, Map<String, SourceMemory> polled) {
    return after(cycle, polled, alerts);
  }

  /** The state after {@code cycle}, with the given sources' new memories (the others kept) and the rules' new tallies. */
  public WatchState after(int cycle, Map<String, SourceMemory> polled, Map<String, List<Alerts.Tally>> tallies) {
    Map<String, SourceMemory> all = new TreeMap<>(sources);
    all.putAll(polled);
    return new WatchState(cycle, all, null, tallies);
  }

  /** The state kept under {@code store}, or a fresh one when there is none yet. */
  public static WatchState load(Path store) {
    Path file = store.resolve(FILE);
    if (!Files.exists(file)) {
      return new WatchState(0, Map.of(), null);
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
