package org.dyad.cli;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.dyad.core.entities.EntityDictionaries;
import org.dyad.core.events.VerbLexicon;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.corenlp.StandardPipeline;

/** The command's names for {@link StandardPipeline}, which the Spark job shares. */
public final class Pipelines {
  private Pipelines() {}

  /**
   * @param fallbackDate the article date for inputs that carry none (may be null)
   */
  public static Pipeline standard(PipelineConfig config, LocalDate fallbackDate) {
    return StandardPipeline.standard(config, fallbackDate);
  }

  /** The standard stages around a given annotator (benchmarks share one annotator between runs). */
  public static Pipeline standard(PipelineConfig config, LocalDate fallbackDate, Supplier<NlpAnnotator> annotator) {
    return StandardPipeline.standard(config, fallbackDate, annotator);
  }

  /** The standard stages with other entity dictionaries (for example Dyad's with a user's PETRARCH actors). */
  public static Pipeline standard(PipelineConfig config, LocalDate fallbackDate, Supplier<NlpAnnotator> annotator,
      EntityDictionaries dictionaries) {
    return StandardPipeline.standard(config, fallbackDate, annotator, dictionaries);
  }

  /** The standard stages with other entity dictionaries and another verb lexicon (a user's PETRARCH verbs). */
  public static Pipeline standard(PipelineConfig config, LocalDate fallbackDate, Supplier<NlpAnnotator> annotator,
      EntityDictionaries dictionaries, VerbLexicon verbs) {
    return StandardPipeline.standard(config, fallbackDate, annotator, dictionaries, verbs);
  }
}
