package org.dyad.eval.articles;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.eval.run.Figure;

/**
 * The outcome of one evaluation run.
 *
 * @param pages how many benchmark pages were scored
 * @param results one row per system, in the order they ran
 */
public record ArticleExtractionReport(int pages, List<SystemResult> results) {
  public ArticleExtractionReport {
    if (pages < 0) {
      throw new IllegalArgumentException("pages < 0: " + pages);
    }
    results = List.copyOf(requireNonNull(results, "results is null"));
  }

  /** The row of the named system, if it ran. */
  public Optional<SystemResult> result(String system) {
    return results.stream().filter(r -> r.system().equals(system)).findFirst();
  }

  /** A plain text table: one line per system with P, R, F1, accuracy and failures. */
  /** The headline figures: each system's shingle F1, precision and recall. */
  public List<Figure> figures() {
    List<Figure> out = new ArrayList<>();
    for (SystemResult r : results) {
      String who = r.system().equals("dyad") ? "Dyad" : r.system() + " (baseline)";
      out.add(new Figure(who + " F1", r.score().f1(), r.score().documents() + " pages"));
      out.add(new Figure(who + " precision", r.score().precision(), ""));
      out.add(new Figure(who + " recall", r.score().recall(), ""));
    }
    return out;
  }

  public String toTable() {
    int width = Math.max("system".length(), results.stream().mapToInt(r -> r.system().length()).max().orElse(0));
    String row = "%-" + width + "s  %9s  %6s  %6s  %8s  %8s%n";
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "article extraction, %d pages%n", pages));
    table.append(String.format(Locale.ROOT, row, "system", "precision", "recall", "F1", "accuracy", "failures"));
    for (SystemResult r : results) {
      ExtractionScore s = r.score();
      table.append(String.format(Locale.ROOT, row, r.system(), format(s.precision()), format(s.recall()),
          format(s.f1()), format(s.accuracy()), r.failures()));
    }
    return table.toString();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
