package org.dyad.eval.run;

import java.nio.file.Path;
import java.time.Duration;
import org.dyad.core.entities.EntityDictionaries;
import org.dyad.core.events.EventDiscards;
import org.dyad.core.events.VerbDictionary;
import org.dyad.core.events.VerbLexicon;
import org.dyad.core.nlp.LexiconParseSelector;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.nlp.ParseSelector;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.corenlp.StandardPipeline;

/**
 * The pipelines the evaluations score: {@code dyad analyze}'s, with its default options (no
 * {@code --date}), its CoreNLP annotator behind an {@link AnnotationCache}. One setting differs: the
 * time limit per article is ten minutes instead of two, so that a busy machine cannot change a
 * figure by abandoning a long article (the limit guards a service; it takes no part in the analysis).
 */
public final class EvalPipelines {
  /** The pipeline options of the evaluations. */
  public static final PipelineConfig CONFIG = PipelineConfig.DEFAULT.withArticleTimeout(Duration.ofMinutes(10));

  private EvalPipelines() {}

  /**
   * CoreNLP with {@code config}, behind the cache folder {@code cache} (null: no cache). A cache holds
   * full parses: which sentences the selective parse picks changes with Dyad's lexicons, which the
   * cache key cannot see; what it hands out has the parses of the sentences the standard selector
   * skips removed, as {@code dyad analyze}'s selective parse leaves them.
   */
  public static AnnotationCache annotator(Path cache, CoreNlpConfig config) {
    boolean selective = cache != null && config.parse() == CoreNlpConfig.Parse.SELECTED;
    CoreNlpConfig used = selective ? config.withParse(CoreNlpConfig.Parse.ALL) : config;
    return new AnnotationCache(cache, CoreNlpAnnotator.signature(used), () -> new CoreNlpAnnotator(used),
        selective ? LexiconParseSelector.standard() : ParseSelector.ALL);
  }

  /** The pipeline of {@code dyad analyze} over the given annotator. */
  public static Pipeline analyze(NlpAnnotator annotator) {
    return analyze(annotator, EntityDictionaries.standard(), VerbDictionary.standard(), EventDiscards.standard());
  }

  /** The same with other dictionaries (as {@code --actors}, {@code --agents}, {@code --verbs} give them) and discards. */
  public static Pipeline analyze(NlpAnnotator annotator, EntityDictionaries dictionaries, VerbLexicon verbs,
      EventDiscards discards) {
    return StandardPipeline.standard(CONFIG, null, () -> annotator, dictionaries, verbs, discards);
  }

  /** The worker threads {@code dyad analyze} uses by default. */
  public static int threads() {
    return Runtime.getRuntime().availableProcessors();
  }
}
