package org.dyad.store;

import com.fasterxml.jackson.annotation.JsonValue;

/** What is wrong with an event judged {@link Verdict#WRONG}. */
public enum WrongPart {
  /** The sentence tells no event (or not this one): the event should not be there at all. */
  NOT_EVENT,
  CODE,
  SOURCE,
  TARGET,
  DATE,
  MODALITY;

  /** The part as stored and sent: {@code not_event}, {@code code}, ... */
  @JsonValue
  public String id() {
    return Ids.of(this);
  }

  /** The part of its id, any case; a clear error for anything else. */
  public static WrongPart parse(String id) {
    return Ids.parse(values(), id, "part: want not_event, code, source, target, date or modality");
  }

}
