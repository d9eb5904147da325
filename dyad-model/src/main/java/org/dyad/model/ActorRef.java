package org.dyad.model;

import static java.util.Objects.requireNonNull;

/** The source or target of an event: a name as read, and its actor code (null when unknown). */
public record ActorRef(String name, String actor) {
  public ActorRef {
    requireNonNull(name, "name is null");
  }
}
