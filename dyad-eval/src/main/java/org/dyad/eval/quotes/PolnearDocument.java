package org.dyad.eval.quotes;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One PolNeAR article: its raw text (title line first), its date (from the file name; null when the
 * name carries none) and its gold attributions.
 */
public record PolnearDocument(String id, LocalDate date, String text, List<Attribution> gold) {
  public PolnearDocument {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
    gold = List.copyOf(gold);
  }
}
