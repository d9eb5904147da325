package org.dyad.core.entities;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A role word from an extra dictionary (for example a PETRARCH {@code .agents.txt} file): a title or
 * group noun whose role code is appended to the actor it belongs to ("Arnorian soldiers" → ARN+MIL).
 *
 * @param phrase the noun phrase ("soldiers", "police chief")
 * @param role three capital letters or digits ({@code MIL})
 */
public record AgentEntry(String phrase, String role) {
  private static final Pattern ROLE = Pattern.compile("([A-Z0-9]{3})+");

  public AgentEntry {
    requireNonNull(phrase, "phrase is null");
    requireNonNull(role, "role is null");
    if (phrase.isBlank()) {
      throw new IllegalArgumentException("phrase is blank");
    }
    if (!ROLE.matcher(role).matches()) {
      throw new IllegalArgumentException("role must be groups of three capitals or digits: " + role);
    }
  }
}
