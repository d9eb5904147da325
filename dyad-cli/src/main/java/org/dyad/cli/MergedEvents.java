package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;
import org.dyad.store.EventRecords;
import org.dyad.store.EventRow;

/**
 * One event, many reports, over the output of {@code dyad analyze}: one JSON line per merged event, the
 * same event record as {@code dyad events --merged --json} writes from the store (article ids for keys).
 */
final class MergedEvents {
  private MergedEvents() {
  }

  static int print(List<Path> files, PrintWriter out, PrintWriter err) throws IOException {
    List<EventRow> rows = new ArrayList<>();
    Map<String, Integer> copies = new HashMap<>();
    for (Path f : files) {
      read(f, rows, copies, err);
    }
    JsonLines.print(out, EventRecords.merge(rows, id -> copies.getOrDefault(id, 0)));
    return 0;
  }

  /** The events of each article in the file, and the copies (articles with {@code duplicateOf}) of each. */
  private static void read(Path f, List<EventRow> rows, Map<String, Integer> copies, PrintWriter err) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          AnalyzedArticle a = ArticleJson.parse(line);
          rows.addAll(EventRecords.of(a));
          if (a.duplicateOf() != null) {
            copies.merge(a.duplicateOf(), 1, Integer::sum);
          }
        } catch (RuntimeException e) {
          err.println("dyad: " + f + ":" + n + ": skipped, not an article record: " + e.getMessage());
        }
      }
    }
  }
}
