package org.dyad.core.events;

import static java.util.Objects.requireNonNull;

/**
 * One row of the verb-pattern dictionary.
 *
 * @param verb the verb lemma
 * @param object the object lemma the pattern needs, or null for any; {@code humanitarian+aid} needs
 *     both lemmas among the object and its modifiers
 * @param prep the preposition introducing the target, or null for the direct object
 * @param code the CAMEO code
 * @param reversed true when the subject receives the action of the prepositional complement
 *     ("received aid from Japan": Japan gives aid), so source and target swap
 * @param mutual true when coordinated subjects act on each other ("X and Y postponed their meeting"),
 *     as the symmetric codes always do
 * @param entry where the pattern comes from, {@code file:line} ("verb-patterns.tsv:57",
 *     "lexicon-verbs.tsv:812" for a generated entry, whose provenance that line gives), or null; events
 *     coded with it carry it as their {@code lexicon} field
 */
public record VerbPattern(String verb, String object, String prep, String code, boolean reversed, boolean mutual,
    String entry) {
  public VerbPattern(String verb, String object, String prep, String code) {
    this(verb, object, prep, code, false, false, null);
  }

  public VerbPattern(String verb, String object, String prep, String code, boolean reversed) {
    this(verb, object, prep, code, reversed, false, null);
  }

  public VerbPattern(String verb, String object, String prep, String code, boolean reversed, boolean mutual) {
    this(verb, object, prep, code, reversed, mutual, null);
  }

  public VerbPattern {
    requireNonNull(verb, "verb is null");
    requireNonNull(code, "code is null");
    if (verb.isBlank()) {
      throw new IllegalArgumentException("verb is blank");
    }
  }

  /** The lemmas the object column needs (empty for any). */
  java.util.List<String> objectLemmas() {
    return object == null ? java.util.List.of() : java.util.List.of(object.split("\\+"));
  }
}
