package org.dyad.eval.timex;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A TempEval-3 document: its plain text, creation time and gold time expressions.
 *
 * @param dct document creation time, or null when the document has none
 * @param gold gold expressions, each checked to lie inside the text
 */
public record TimexDocument(String id, LocalDate dct, String text, List<TimexGold> gold) {
  public TimexDocument {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
    gold = List.copyOf(gold);
    for (TimexGold g : gold) {
      if (g.end() > text.length()) {
        throw new IllegalArgumentException(id + ": gold span beyond text: " + g);
      }
    }
  }
}
