package org.dyad.eval.results;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.dyad.eval.run.Figure;

/**
 * One line of the results page.
 *
 * @param data the set, its split and the half ("GSR dev, half A")
 * @param kind "development" (read while writing rules), or how far the part was kept from that
 */
public record ResultRow(String eval, Figure figure, String data, String kind, String goal, String command, LocalDate date) {
  public ResultRow {
    requireNonNull(eval, "eval is null");
    requireNonNull(figure, "figure is null");
    requireNonNull(data, "data is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(goal, "goal is null");
    requireNonNull(command, "command is null");
    requireNonNull(date, "date is null");
  }
}
