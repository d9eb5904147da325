package org.dyad.model;

import java.util.Locale;

/** Whether an event is said to have happened. */
public enum Modality {
  ASSERTED,
  NEGATED,
  INTENDED,
  HYPOTHETICAL,
  REPORTED;

  /** The lower-case name used in output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
