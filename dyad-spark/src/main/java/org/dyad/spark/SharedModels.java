package org.dyad.spark;

import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.pipeline.Stages;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.corenlp.StandardPipeline;

/**
 * The heavy parts, built lazily once per executor JVM and shared by its task threads: one CoreNLP
 * annotator (about 1 GB and 12 s to build). Each task gets its own light pipeline around it, so the
 * pipeline's de-duplicator sees only that task's input.
 */
final class SharedModels {
  private static NlpAnnotator annotator;

  private SharedModels() {
  }

  static synchronized NlpAnnotator annotator() {
    if (annotator == null) {
      annotator = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT);
    }
    return annotator;
  }

  /** The standard pipeline of {@code dyad analyze} around this JVM's annotator. */
  static Pipeline pipeline(JobConfig config) {
    return StandardPipeline.standard(PipelineConfig.DEFAULT, config.fallbackDate(), SharedModels::annotator);
  }

  /** The same pipeline stopping after cleaning: no models. */
  static Pipeline cleaner(JobConfig config) {
    return StandardPipeline.standard(PipelineConfig.DEFAULT.withStages(Stages.CLEAN), config.fallbackDate(),
        SharedModels::annotator);
  }
}
