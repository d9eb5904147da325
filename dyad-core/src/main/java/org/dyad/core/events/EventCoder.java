package org.dyad.core.events;

import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;

/** Codes dyadic CAMEO events from parsed sentences. */
public interface EventCoder {
  /** Events sorted by evidence start. */
  List<Event> code(
      CleanedArticle article,
      Annotation annotation,
      List<EntityMention> entities,
      List<DateMention> dates,
      List<Quote> quotes);
}
