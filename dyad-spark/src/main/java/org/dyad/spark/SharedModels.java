package org.dyad.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.dyad.core.events.VerbDictionary;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.corenlp.StandardPipeline;

/**
 * The heavy parts, built lazily once per executor JVM and shared by its task threads: one CoreNLP
 * annotator (about 1 GB and 12 s to build), made by the factory {@code dyad analyze} uses
 * ({@link StandardPipeline#annotator}) with the command's default configuration. CoreNLP's
 * {@code annotate} is thread-safe, as in {@code analyze --threads}, where one annotator serves every
 * worker thread; a second copy per thread would double the heap for no speed. Each task gets its own
 * light pipeline around it.
 */
final class SharedModels {
  /** The configuration of {@code dyad analyze} without options. */
  static final CoreNlpConfig NLP = CoreNlpConfig.DEFAULT;
  /** The pipeline configuration of {@code dyad analyze} without options. */
  static final PipelineConfig PIPELINE = PipelineConfig.DEFAULT;
  private static NlpAnnotator annotator;
  /** Time spent building the annotator in this JVM and not yet reported to the driver. */
  private static final AtomicLong UNREPORTED_LOAD_NANOS = new AtomicLong(-1);

  private SharedModels() {
  }

  static synchronized NlpAnnotator annotator() {
    if (annotator == null) {
      long t0 = System.nanoTime();
      annotator = StandardPipeline.annotator(NLP, VerbDictionary.standard());
      UNREPORTED_LOAD_NANOS.set(System.nanoTime() - t0);
    }
    return annotator;
  }

  /** The time this JVM took to build its annotator, once (then -1): the task that reports it passes it to the driver. */
  static long takeLoadNanos() {
    return UNREPORTED_LOAD_NANOS.getAndSet(-1);
  }

  /** The standard pipeline of {@code dyad analyze} around this JVM's annotator. */
  static Pipeline pipeline(JobConfig config) {
    return StandardPipeline.standard(PIPELINE, config.fallbackDate(), SharedModels::annotator);
  }
}
