package org.dyad.eval.results;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.eval.run.EvalResult;
import org.dyad.eval.run.Figure;
import org.dyad.eval.run.Half;

/**
 * {@code docs/RESULTS.md}: the current figure of every metric, one row per metric and half, with its
 * data, whether that data was read while writing rules, the goal, the command that gives it and the
 * date. Written whole by {@code dyad eval all}, never by hand.
 */
public final class ResultsPage {
  private final Goals goals;
  private final LocalDate date;
  private final List<ResultRow> rows = new ArrayList<>();

  public ResultsPage(Goals goals, LocalDate date) {
    this.goals = requireNonNull(goals, "goals is null");
    this.date = requireNonNull(date, "date is null");
  }

  /**
   * Adds one evaluation's figures.
   *
   * @param eval the evaluation's name in {@code goals.tsv} (events, plv, quotes ...)
   * @param set the data, as the page names it ("GSR dev (events-petrarch/gsr_dev.jsonl)")
   * @param command the command that gives the figures for all items
   */
  public void add(String eval, String set, String command, EvalResult result) {
    for (Map.Entry<Half, List<Figure>> e : result.figures().entrySet()) {
      Half h = e.getKey();
      boolean split = result.figures().size() > 1;
      String data = split ? String.format(Locale.ROOT, "%s, %s (%d items)", set, half(h), result.items().get(h)) : set;
      String cmd = split && h != Half.ALL ? command + " --half " + h.label() : command;
      for (Figure f : e.getValue()) {
        rows.add(new ResultRow(eval, f, data, kind(h, split), goals.of(eval, f.metric()), cmd, date));
      }
    }
  }

  /** The rows added so far. */
  public List<ResultRow> rows() {
    return List.copyOf(rows);
  }

  private static String half(Half h) {
    return h == Half.ALL ? "all" : "half " + h.label();
  }

  private static String kind(Half h, boolean split) {
    if (!split || h == Half.ALL) {
      return "development";
    }
    return h == Half.A ? "development, read while writing rules" : "development, never read (scored only)";
  }

  /** The page: a short head saying how it was made, then the table. */
  public String markdown(String command) {
    return markdown(command, null);
  }

  /** The prefix of the line that names the annotator's settings ({@code dyad bench} reads it). */
  public static final String SETTINGS = "Annotator settings of these figures: ";

  /**
   * The same with the annotator's settings (its cache signature; null for none) named in the head, so
   * that {@code dyad bench} can tell whether these figures are those of the configuration it times.
   */
  public String markdown(String command, String settings) {
    StringBuilder b = new StringBuilder();
    b.append("# Results\n\n");
    b.append("The current figure of every metric Dyad measures. This page is written by `").append(command)
        .append("` (").append(date).append("); do not edit it by hand. How each evaluation works, the split into halves and ")
        .append("the scorers' conventions: [EVALUATION.md](EVALUATION.md); figures of earlier rounds: [history/](history/).\n\n");
    if (settings != null) {
      b.append(SETTINGS).append('`').append(settings).append("`\n\n");
    }
    b.append("Halves: every development set with a split key is cut in two by the MD5 of the item's key (first hex digit 0-7: ")
        .append("half A, read while writing rules; else half B, never read, only scored). ")
        .append("No set here is unseen in the strict sense: the held-out sets are kept apart and scored separately.\n\n");
    b.append("| metric | data | development or unseen | figure | goal | command | date |\n");
    b.append("|---|---|---|---|---|---|---|\n");
    for (ResultRow r : rows) {
      Figure f = r.figure();
      String figure = String.format(Locale.ROOT, "%.3f", f.value()) + (f.counts().isEmpty() ? "" : " (" + f.counts() + ")");
      b.append(String.join(" | ", "| " + r.eval() + ": " + f.metric(), r.data(), r.kind(), figure,
          r.goal().isEmpty() ? "" : r.goal(), "`" + r.command() + "`", r.date() + " |")).append('\n');
    }
    return b.toString();
  }
}
