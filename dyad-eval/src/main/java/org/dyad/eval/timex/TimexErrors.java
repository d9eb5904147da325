package org.dyad.eval.timex;

import static java.util.Objects.requireNonNull;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.model.DateMention;

/**
 * A readable list of one document's errors, for diagnosis, one a line: gold expressions not found
 * ({@code MISS}), system expressions matching no gold ({@code FALSE}), and relaxed matches with a
 * wrong value ({@code VALUE}), type ({@code TYPE}) or span ({@code SPAN}), each with its context.
 */
public final class TimexErrors {
  private static final int CONTEXT = 60;

  private TimexErrors() {}

  /** The errors of one document, under a header line with its id and creation date. */
  public static String of(TimexDocument d, List<DateMention> system) {
    requireNonNull(d, "d is null");
    requireNonNull(system, "system is null");
    DateMention[] pair = TimexScorer.pairs(d.gold(), system);
    Map<DateMention, Boolean> used = new IdentityHashMap<>();
    StringBuilder b = new StringBuilder("## " + d.id() + " dct=" + d.dct() + "\n");
    for (int i = 0; i < pair.length; i++) {
      TimexGold g = d.gold().get(i);
      DateMention s = pair[i];
      if (s == null) {
        line(b, "MISS", g, null, d.text(), g.start(), g.end());
        continue;
      }
      used.put(s, true);
      String kind = !Objects.equals(g.value(), s.value()) ? "VALUE"
          : !g.type().equals(s.type()) ? "TYPE"
          : g.start() != s.start() || g.end() != s.end() ? "SPAN" : null;
      if (kind != null) {
        line(b, kind, g, s, d.text(), g.start(), g.end());
      }
    }
    for (DateMention s : system) {
      if (!used.containsKey(s)) {
        line(b, "FALSE", null, s, d.text(), s.start(), s.end());
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String kind, TimexGold g, DateMention s, String text,
      int start, int end) {
    b.append(kind).append('\t')
        .append(g == null ? "-" : "[" + g.text() + "] " + g.type() + " " + g.value()).append('\t')
        .append(s == null ? "-" : "[" + s.text() + "] " + s.type() + " " + s.value()).append('\t')
        .append(context(text, start, end)).append('\n');
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    return (text.substring(from, start) + "<<" + text.substring(start, end) + ">>"
        + text.substring(end, to)).replaceAll("\\s+", " ");
  }
}
