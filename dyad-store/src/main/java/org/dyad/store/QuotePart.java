package org.dyad.store;

import com.fasterxml.jackson.annotation.JsonValue;

/** What is wrong with a quote judged {@link Verdict#WRONG}. */
public enum QuotePart {
  /** The text is no quote or statement of anyone: it should not be there at all. */
  NOT_QUOTE,
  /** The quote is one, but someone else said it (or the speaker is missing). */
  SPEAKER,
  /** The quote is one, but its span takes in too much or too little. */
  SPAN;

  /** The part as stored and sent: {@code not_quote}, {@code speaker}, {@code span}. */
  @JsonValue
  public String id() {
    return Ids.of(this);
  }

  /** The part of its id, any case; a clear error for anything else. */
  public static QuotePart parse(String id) {
    return Ids.parse(values(), id, "part: want not_quote, speaker or span");
  }
}
