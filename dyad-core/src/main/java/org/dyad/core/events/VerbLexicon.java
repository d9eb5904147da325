package org.dyad.core.events;

import java.util.List;
import java.util.Set;
import org.dyad.model.nlp.Annotation;

/**
 * Where the event coder looks up action verbs: Dyad's own {@link VerbDictionary}, or a user's
 * PETRARCH/TABARI verb dictionary ({@code org.dyad.core.events.petrarch}).
 */
public interface VerbLexicon {
  /** True when the token at {@code verb} may be an action verb of this lexicon. */
  boolean hasVerb(Annotation a, int verb);

  /**
   * The patterns that apply to the verb, given the lemmas of its object (with modifiers and particles)
   * and the prepositions of its complements: the first gives the event from the source to the target;
   * a second, when there is one, the event the other way (TABARI's {@code [042:043]}). Empty when the
   * verb codes no event here.
   */
  List<VerbPattern> match(Annotation a, int verb, Set<String> objects, Set<String> preps);

  /**
   * The prepositions whose complement is the target when a pattern names neither a preposition nor an
   * object actor, tried in this order; empty for any complement, the first actor after the verb as
   * TABARI takes it.
   */
  default List<String> targetPrepositions() {
    return List.of("against", "on", "at", "with", "toward", "towards", "into");
  }
}
