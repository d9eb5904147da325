package org.dyad.store;

import com.fasterxml.jackson.annotation.JsonValue;

/** An analyst's judgement of a coded event. */
public enum Verdict {
  /** The event is coded right. */
  RIGHT,
  /** Something is wrong ({@link WrongPart}), and the analyst does not say what would be right. */
  WRONG,
  /** Wrong, and the analyst gives the right code, actor codes or date ({@link Correction}). */
  CORRECTED;

  /** The verdict as stored and sent: {@code right}, {@code wrong}, {@code corrected}. */
  @JsonValue
  public String id() {
    return Ids.of(this);
  }

  /** The verdict of its id, any case; a clear error for anything else. */
  public static Verdict parse(String id) {
    return Ids.parse(values(), id, "verdict: want right, wrong or corrected");
  }

}
