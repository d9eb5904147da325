package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dyad.core.json.ArticleJson;
import org.dyad.store.Corpus;
import org.dyad.store.EventRow;

/**
 * The update feed a watch publishes under the store's {@code updates/} folder after each cycle, as GDELT
 * publishes its 15-minute files: {@code YYYYMMDDHHMMSS.export.csv} (the GDELT 2.0 event table, tab-separated,
 * of the articles the cycle read, with the counts of every report stored so far), {@code YYYYMMDDHHMMSS.jsonl}
 * (the same articles' events as {@code dyad events} gives them, every modality), {@code YYYYMMDDHHMMSS.alerts.jsonl}
 * (the {@code --alert} rules that fired, one JSON object each; empty when none did), {@code YYYYMMDDHHMMSS.removed.txt}
 * (the GLOBALEVENTIDs of earlier updates that the cycle withdrew because their article was edited, one a line) and
 * {@code lastupdate.txt} naming the newest four, one line each: size in bytes, MD5, file name. Each file is written
 * under a temporary name and renamed, {@code lastupdate.txt} last, so a reader polling it never sees a half-written file.
 */
public final class UpdateFeed {
  public static final String FOLDER = "updates";
  public static final String LAST = "lastupdate.txt";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
  private final Path dir;

  public UpdateFeed(Path store) {
    this.dir = requireNonNull(store, "store is null").resolve(FOLDER);
  }

  /** What one cycle's update holds: its time stamp (the files' name), GDELT rows, events, alerts and withdrawn events. */
  public record Written(String stamp, long gdeltRows, long events, int alerts, int removed) {}

  /**
   * Writes the update of a cycle that began {@code at} and read the articles with these store keys, whose events
   * are {@code events}; {@code fired} are its alerts and {@code removed} the event ids it withdrew.
   */
  public Written write(Corpus corpus, Collection<String> articleKeys, List<EventRow> events, List<Alerts.Fired> fired,
      Collection<Long> removed, Instant at) {
    try {
      Files.createDirectories(dir);
      String stamp = freeStamp(at);
      Path export = dir.resolve(stamp + ".export.csv");
      Path jsonl = dir.resolve(stamp + ".jsonl");
      Path alerts = dir.resolve(stamp + ".alerts.jsonl");
      Path withdrawn = dir.resolve(stamp + ".removed.txt");
      Path tmp = dir.resolve(stamp + ".export.csv.tmp");
      long rows = corpus.exporter().gdelt(tmp, articleKeys).rows();
      Files.move(tmp, export, StandardCopyOption.ATOMIC_MOVE);
      writeLines(events, jsonl);
      writeLines(fired, alerts);
      StringBuilder ids = new StringBuilder();
      removed.stream().sorted().forEach(id -> ids.append(id).append('\n'));
      replace(withdrawn, ids.toString());
      replace(dir.resolve(LAST), line(export) + line(jsonl) + line(alerts) + line(withdrawn));
      return new Written(stamp, rows, events.size(), fired.size(), removed.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the update files in " + dir, e);
    }
  }

  /**
   * The event ids withdrawn by updates written after the one {@code lastupdate.txt} names: what a killed attempt of
   * the cycle being redone withdrew (its store changes are not made again, so the redo publishes them anew).
   */
  public Set<Long> unpublishedRemovals() {
    try {
      if (!Files.isDirectory(dir)) {
        return Set.of();
      }
      Path last = dir.resolve(LAST);
      String first = Files.exists(last) ? Files.readString(last).lines().findFirst().orElse("") : "";
      String name = first.substring(first.lastIndexOf(' ') + 1);
      String named = name.length() >= 14 ? name.substring(0, 14) : ""; // the stamp lastupdate.txt names
      Set<Long> out = new TreeSet<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(f -> f.getFileName().toString().matches("\\d{14}\\.removed\\.txt")).toList()) {
          if (f.getFileName().toString().substring(0, 14).compareTo(named) > 0) {
            Files.readAllLines(f).stream().filter(l -> !l.isBlank()).map(Long::parseLong).forEach(out::add);
          }
        }
      }
      return out;
    } catch (IOException | NumberFormatException e) {
      throw new IllegalStateException("cannot read the withdrawn events of " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The cycle's time stamp, a second later when an update of that second exists (two cycles in one second). */
  private String freeStamp(Instant at) {
    Instant t = at;
    while (Files.exists(dir.resolve(STAMP.format(t) + ".export.csv"))) {
      t = t.plusSeconds(1);
    }
    return STAMP.format(t);
  }

  private static void writeLines(List<?> values, Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    ObjectWriter json = ArticleJson.mapper().writer();
    try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (Object e : values) {
        out.write(json.writeValueAsString(e));
        out.write('\n');
      }
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void replace(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String line(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return bytes.length + " " + md5(bytes) + " " + file.getFileName() + "\n";
  }

  private static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 missing from the JDK", e);
    }
  }
}
