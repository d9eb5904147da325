package org.dyad.eval.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The project's goals per evaluation and metric ({@code goals.tsv}: eval, metric, goal, where it was
 * set), for the results page.
 */
public final class Goals {
  private final Map<String, String> goals;

  private Goals(Map<String, String> goals) {
    this.goals = Map.copyOf(goals);
  }

  /** The goals bundled with this module. */
  public static Goals standard() {
    try (InputStream in = Goals.class.getResourceAsStream("goals.tsv")) {
      if (in == null) {
        throw new IllegalStateException("goals.tsv is missing from the class path");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Goals read(BufferedReader r) throws IOException {
    Map<String, String> m = new HashMap<>();
    r.readLine();
    int n = 1;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      String[] c = line.split("\t");
      if (c.length != 4) {
        throw new IllegalArgumentException("goals.tsv line " + n + ": expected eval, metric, goal, source");
      }
      m.put(c[0] + "\t" + c[1], String.format(Locale.ROOT, "≥ %.2f (%s)", Double.parseDouble(c[2]), c[3]));
    }
    return new Goals(m);
  }

  /** The goal of a metric, as the page writes it ("≥ 0.75 (issue 18)"), or "" when none is set. */
  public String of(String eval, String metric) {
    return goals.getOrDefault(eval + "\t" + metric, "");
  }
}
