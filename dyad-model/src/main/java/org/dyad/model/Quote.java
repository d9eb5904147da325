package org.dyad.model;

import static java.util.Objects.requireNonNull;

/**
 * A direct quote or an indirect statement.
 *
 * @param text the quoted or reported content
 * @param direct true for words in quotation marks
 * @param cue the reporting verb or phrase ("said", "according to"), or null
 * @param speaker the resolved speaker, or null when unsure
 * @param date TIMEX3 value of when it was said, or null
 * @param dateSource {@code text} when the sentence dates the statement, {@code article} when the
 *     article date stands in, null when there is no date
 * @param tone the VADER compound score of the quoted or reported content (-1 to +1), or null when not scored
 */
public record Quote(int start, int end, String text, boolean direct, String cue, Speaker speaker, String date, String dateSource,
    Double tone) {
  public Quote {
    Spans.check(start, end);
    requireNonNull(text, "text is null");
    if (tone != null) {
      Spans.checkTone(tone);
    }
  }

  /** A quote not scored for tone (yet). */
  public Quote(int start, int end, String text, boolean direct, String cue, Speaker speaker, String date, String dateSource) {
    this(start, end, text, direct, cue, speaker, date, dateSource, null);
  }

  /** A copy with a date. */
  public Quote withDate(String value, String source) {
    return new Quote(start, end, text, direct, cue, speaker, value, source, tone);
  }

  /** A copy with a tone. */
  public Quote withTone(Double value) {
    return new Quote(start, end, text, direct, cue, speaker, date, dateSource, value);
  }
}
