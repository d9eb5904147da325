package org.dyad.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.entities.EntityResolver;
import org.dyad.core.events.EventCoder;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.quotes.QuoteAttributor;
import org.dyad.core.time.DateNormalizer;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;

/**
 * Runs the analysis stages of the pipeline (annotate, entities, dates, quotes, events) over one gold
 * sentence taken as a whole article. Cleaning and de-duplication are left out: the gold text is
 * already clean, and two similar gold sentences must not be taken for copies.
 */
public final class SentenceAnalyzer {
  private final NlpAnnotator nlp;
  private final EntityResolver entities;
  private final DateNormalizer dates;
  private final QuoteAttributor quotes;
  private final EventCoder events;

  public SentenceAnalyzer(NlpAnnotator nlp, EntityResolver entities, DateNormalizer dates, QuoteAttributor quotes,
      EventCoder events) {
    this.nlp = requireNonNull(nlp, "nlp is null");
    this.entities = requireNonNull(entities, "entities is null");
    this.dates = requireNonNull(dates, "dates is null");
    this.quotes = requireNonNull(quotes, "quotes is null");
    this.events = requireNonNull(events, "events is null");
  }

  /** The analysis of {@code text} as an article of {@code date} (null when unknown). */
  public AnalyzedArticle analyze(String id, String text, LocalDate date) {
    CleanedArticle article = new CleanedArticle(id, null, null, null, date, null, text, "en", List.of());
    Annotation a = nlp.annotate(article);
    List<EntityMention> ents = entities.resolve(article, a);
    List<DateMention> ds = dates.normalize(article, a);
    List<Quote> qs = quotes.attribute(article, a, ents, ds);
    List<Event> evs = events.code(article, a, ents, ds, qs);
    return new AnalyzedArticle(id, null, null, null, date, null, text, null, ents, qs, ds, evs, List.of());
  }
}
