package org.dyad.core.entities;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * An actor phrase from an extra dictionary (for example a PETRARCH {@code .actors.txt} file).
 *
 * @param phrase the words as they appear in text ("Barack Obama")
 * @param type PERSON, ORGANIZATION or COUNTRY: the entity type a match gets
 * @param name the canonical name the phrase stands for
 * @param actor the actor code, groups of three capitals or digits ({@code USAGOV}, {@code ARN})
 */
public record ActorEntry(String phrase, String type, String name, String actor) {
  private static final Pattern CODE = Pattern.compile("([A-Z0-9]{3})+");

  public ActorEntry {
    requireNonNull(phrase, "phrase is null");
    requireNonNull(type, "type is null");
    requireNonNull(name, "name is null");
    requireNonNull(actor, "actor is null");
    if (phrase.isBlank()) {
      throw new IllegalArgumentException("phrase is blank");
    }
    if (!type.equals("PERSON") && !type.equals("ORGANIZATION") && !type.equals("COUNTRY")) {
      throw new IllegalArgumentException("type must be PERSON, ORGANIZATION or COUNTRY: " + type);
    }
    if (!CODE.matcher(actor).matches()) {
      throw new IllegalArgumentException("actor code must be groups of three capitals or digits: " + actor);
    }
  }
}
