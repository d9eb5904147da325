package org.dyad.core.places;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.dyad.core.events.EventCoder;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;

/** An event coder whose events get their action places from placed entities (see {@link ActionPlacer}). */
public final class PlacingEventCoder implements EventCoder {
  private final EventCoder inner;
  private final ActionPlacer placer = new ActionPlacer();

  public PlacingEventCoder(EventCoder inner) {
    this.inner = requireNonNull(inner, "inner is null");
  }

  @Override
  public List<Event> code(CleanedArticle article, Annotation annotation, List<EntityMention> entities,
      List<DateMention> dates, List<Quote> quotes) {
    return placer.place(annotation, inner.code(article, annotation, entities, dates, quotes), entities);
  }
}
