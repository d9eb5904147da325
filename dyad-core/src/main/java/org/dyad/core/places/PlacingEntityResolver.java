package org.dyad.core.places;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.dyad.core.entities.EntityResolver;
import org.dyad.model.CleanedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;

/** An entity resolver whose LOCATION and COUNTRY mentions get their places. */
public final class PlacingEntityResolver implements EntityResolver {
  private final EntityResolver inner;
  private final PlaceResolver places;

  public PlacingEntityResolver(EntityResolver inner, PlaceResolver places) {
    this.inner = requireNonNull(inner, "inner is null");
    this.places = requireNonNull(places, "places is null");
  }

  @Override
  public List<EntityMention> resolve(CleanedArticle article, Annotation annotation) {
    return places.resolve(article, inner.resolve(article, annotation));
  }
}
