package org.dyad.core.entities;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A role word from an extra dictionary (for example a PETRARCH {@code .agents.txt} file): a title or
 * group noun whose role code joins the actor it belongs to ("Arnorian soldiers" → ARN+MIL). Most
 * codes go after the actor's ({@code [~MIL]}); a few, for organisations, go before it ({@code [NGO~]}:
 * "a relief NGO in Arnoria" → NGO+ARN).
 *
 * @param phrase the noun phrase ("soldiers", "police chief")
 * @param role groups of three capitals or digits ({@code MIL}, {@code GOVFRM})
 * @param before true when the code goes before the actor's code
 */
public record AgentEntry(String phrase, String role, boolean before) {
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

  /** A role whose code goes after the actor's. */
  public AgentEntry(String phrase, String role) {
    this(phrase, role, false);
  }
}
