package org.dyad.eval.timex;

import static java.util.Objects.requireNonNull;

import org.dyad.model.Spans;

/**
 * One gold TIMEX3 of the TempEval-3 data.
 *
 * @param start character offset into the tag-stripped TEXT of its document
 * @param value TIMEX3 value as annotated (compared as a plain string)
 */
public record TimexGold(int start, int end, String text, String type, String value) {
  public TimexGold {
    Spans.check(start, end);
    requireNonNull(text, "text is null");
    requireNonNull(type, "type is null");
    requireNonNull(value, "value is null");
  }
}
