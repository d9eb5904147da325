package org.dyad.corenlp;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.dyad.core.clean.ArticleCleaner;
import org.dyad.core.clean.LanguageGuesser;
import org.dyad.core.clean.OptimaizeLanguageGuesser;
import org.dyad.core.clean.html.JsoupHtmlExtractor;
import org.dyad.core.entities.DictionaryEntityResolver;
import org.dyad.core.entities.EntityDictionaries;
import org.dyad.core.entities.EntityResolver;
import org.dyad.core.events.Codebook;
import org.dyad.core.events.EventCoder;
import org.dyad.core.events.EventDiscards;
import org.dyad.core.events.ParseEventCoder;
import org.dyad.core.events.VerbDictionary;
import org.dyad.core.events.VerbLexicon;
import org.dyad.core.nlp.LexiconParseSelector;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.places.Geocoder;
import org.dyad.core.places.PlaceResolver;
import org.dyad.core.places.PlacingEntityResolver;
import org.dyad.core.places.PlacingEventCoder;
import org.dyad.core.quotes.ParseQuoteAttributor;
import org.dyad.core.time.RuleDateNormalizer;
import org.dyad.core.tone.VaderToneScorer;

/**
 * Builds Dyad's standard pipeline: the one place where implementations are chosen, shared by the
 * {@code dyad} command and the Spark job.
 */
public final class StandardPipeline {
  /** Language profiles take a moment to load: once per process. */
  private static final Supplier<LanguageGuesser> LANGUAGE = new Supplier<>() {
    private LanguageGuesser guesser;

    @Override
    public synchronized LanguageGuesser get() {
      if (guesser == null) {
        guesser = new OptimaizeLanguageGuesser();
      }
      return guesser;
    }
  };

  private StandardPipeline() {}

  /**
   * @param fallbackDate the article date for inputs that carry none (may be null)
   */
  public static Pipeline standard(PipelineConfig config, LocalDate fallbackDate) {
    return standard(config, fallbackDate, () -> annotator(CoreNlpConfig.DEFAULT, VerbDictionary.standard()));
  }

  /**
   * The CoreNLP annotator of {@code dyad analyze} (and {@code ingest}, {@code watch}) and of the Spark
   * job: one factory, so both run the same configuration. The selective parse picks sentences by
   * {@code verbs} (Dyad's own, or a user's PETRARCH verbs) and Dyad's event nouns.
   */
  public static NlpAnnotator annotator(CoreNlpConfig config, VerbLexicon verbs) {
    return new CoreNlpAnnotator(config, new LexiconParseSelector(verbs, VerbDictionary.nouns()), false);
  }

  /** The standard stages around a given annotator (benchmarks share one annotator between runs). */
  public static Pipeline standard(PipelineConfig config, LocalDate fallbackDate, Supplier<NlpAnnotator> annotator) {
    return standard(config, fallbackDate, annotator, EntityDictionaries.standard());
  }

  /** The standard stages with other entity dictionaries (for example Dyad's with a user's PETRARCH actors). */
  public static Pipeline standard(PipelineConfig config, LocalDate fallbackDate, Supplier<NlpAnnotator> annotator,
      EntityDictionaries dictionaries) {
    return standard(config, fallbackDate, annotator, dictionaries, VerbDictionary.standard());
  }

  /** The standard stages with other entity dictionaries and another verb lexicon (a user's PETRARCH verbs). */
  public static Pipeline standard(PipelineConfig config, LocalDate fallbackDate, Supplier<NlpAnnotator> annotator,
      EntityDictionaries dictionaries, VerbLexicon verbs) {
    return standard(config, fallbackDate, annotator, dictionaries, verbs, EventDiscards.standard());
  }

  /** The standard stages with other dictionaries, verbs and event discards (the PETRARCH unit tests bring their own). */
  public static Pipeline standard(PipelineConfig config, LocalDate fallbackDate, Supplier<NlpAnnotator> annotator,
      EntityDictionaries dictionaries, VerbLexicon verbs, EventDiscards discards) {
    return new Pipeline(
        config,
        new ArticleCleaner(new JsoupHtmlExtractor(), LANGUAGE.get(), fallbackDate),
        annotator,
        entityResolver(dictionaries),
        new RuleDateNormalizer(),
        new ParseQuoteAttributor(),
        eventCoder(verbs, discards),
        VaderToneScorer.standard());
  }

  /**
   * The entity stage as the pipeline runs it: the dictionaries, then the places decorator (each place
   * located, its country given to mentions that have none). The evaluations use this too, so that they
   * score what users get.
   */
  public static EntityResolver entityResolver(EntityDictionaries dictionaries) {
    return new PlacingEntityResolver(new DictionaryEntityResolver(dictionaries), new PlaceResolver(Geocoder.standard()));
  }

  /** The event stage as the pipeline runs it: the parse coder, then the action-place decorator. */
  public static EventCoder eventCoder(VerbLexicon verbs, EventDiscards discards) {
    return new PlacingEventCoder(new ParseEventCoder(verbs, Codebook.standard(), discards));
  }
}
