package org.dyad.model;

import static java.util.Objects.requireNonNull;

/**
 * The source or target of an event: a name as read, and its actor code (null when no dictionary codes
 * the actor: a named person or organisation Dyad knows nothing about is still the event's side).
 */
public record ActorRef(String name, String actor) {
  public ActorRef {
    requireNonNull(name, "name is null");
  }

  /**
   * The side of an event whose actor the text does not name ("three soldiers were killed": by whom
   * is not said), as CAMEO coders write {@code ---}: an empty name and no code.
   */
  public static ActorRef unknown() {
    return new ActorRef("", null);
  }

  /** True when the text names this side (false for {@link #unknown()}). */
  public boolean known() {
    return actor != null || !name.isEmpty();
  }

  /** True when the side carries an actor code. */
  public boolean coded() {
    return actor != null;
  }

  /**
   * True when both stand for the same actor: the same code when both are coded, else the same name
   * (case folded) when neither is.
   */
  public boolean sameAs(ActorRef other) {
    if (other == null) {
      return false;
    }
    if (coded() || other.coded()) {
      return coded() && other.coded() && actor.equals(other.actor);
    }
    return name.equalsIgnoreCase(other.name);
  }
}
