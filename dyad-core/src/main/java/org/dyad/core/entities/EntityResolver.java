package org.dyad.core.entities;

import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;

/** Resolves the annotator's mentions into entities with names, roles, countries and actor codes. */
public interface EntityResolver {
  /** Mentions sorted by start offset. */
  List<EntityMention> resolve(CleanedArticle article, Annotation annotation);
}
