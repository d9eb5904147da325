package org.dyad.eval.run;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A gold text handed to Dyad as one article, as a JSON line would hand it to {@code dyad analyze}.
 *
 * @param published the article date, or null when the gold gives none
 */
public record GoldText(String id, String text, LocalDate published) {
  public GoldText {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
  }
}
