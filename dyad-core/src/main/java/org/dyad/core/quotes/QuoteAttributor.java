package org.dyad.core.quotes;

import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;

/** Finds direct quotes and indirect statements and attributes them to resolved speakers. */
public interface QuoteAttributor {
  /** Quotes sorted by start offset, each dated by its cue's date expression or the article date. */
  List<Quote> attribute(CleanedArticle article, Annotation annotation, List<EntityMention> entities, List<DateMention> dates);
}
