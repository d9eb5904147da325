package org.dyad.core.tone;

import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;

/**
 * Scores the tone of an article: each annotated sentence, each quote, each event's evidence and the
 * whole text. Runs last, so it takes the quotes and events it scores.
 */
@FunctionalInterface
public interface ToneScorer {
  /** Scores nothing: quotes and events come back as they are, and the article has no tone. */
  ToneScorer NONE = (article, annotation, quotes, events) -> Toned.unscored(quotes, events);

  /** The tone of the article and its parts; {@code quotes} and {@code events} come back with their tone. */
  Toned score(CleanedArticle article, Annotation annotation, List<Quote> quotes, List<Event> events);
}
