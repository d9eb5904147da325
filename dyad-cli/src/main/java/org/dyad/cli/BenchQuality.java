package org.dyad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.eval.results.ResultsPage;

/**
 * The quality figures beside {@code dyad bench}'s speed: the development-set rows (halves A and B) of
 * the results page that {@code dyad eval all} writes, with a warning when that page was measured with
 * other annotator settings than the ones timed (or names none).
 */
final class BenchQuality {
  private BenchQuality() {}

  /** Lines to print: where the figures come from, whether they are this configuration's, then one line per half-row. */
  static List<String> lines(Path results, String settings) {
    List<String> out = new ArrayList<>();
    List<String> page;
    try {
      page = Files.readAllLines(results, StandardCharsets.UTF_8);
    } catch (IOException e) {
      out.add("no quality figures: " + results + " is missing; `./dyad eval all --data EVAL_DIR --cache DIR` writes it");
      return out;
    }
    String measured = null;
    for (String line : page) {
      if (line.startsWith(ResultsPage.SETTINGS)) {
        measured = line.substring(ResultsPage.SETTINGS.length()).replace("`", "");
      }
    }
    if (settings.equals(measured)) {
      out.add("quality of the configuration timed above (" + results + ", the same annotator settings):");
    } else {
      out.add("WARNING: " + results + " was measured with " + (measured == null ? "unnamed annotator settings" : "other annotator settings")
          + " than the configuration timed above; rerun `./dyad eval all --data EVAL_DIR --cache DIR`. Its figures:");
    }
    for (String line : page) {
      String[] cells = line.split("\\|");
      if (cells.length > 5 && (cells[2].contains(", half A") || cells[2].contains(", half B"))) {
        String data = cells[2].strip();
        out.add(String.format("  %-52s %-8s %s", cells[1].strip(), data.substring(data.lastIndexOf(", half ") + 2).replaceAll(" \\(.*", ""),
            cells[4].strip()));
      }
    }
    return out;
  }
}
