package org.dyad.corenlp;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.TreeMap;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.model.CleanedArticle;
import org.dyad.model.nlp.Annotation;

/**
 * Dyad's annotator on Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (with SUTime) and
 * depparse. One instance holds one CoreNLP pipeline (11–13 s and about 1 GB to build). CoreNLP's
 * {@code annotate} is thread-safe, so one instance serves all worker threads; CoreNLP also keeps
 * built annotators in a process-wide pool, so a second instance with the same settings reuses the
 * first one's models unless it is asked to load its own ({@code ownModels}, for measuring).
 */
public final class CoreNlpAnnotator implements NlpAnnotator {
  private final StanfordCoreNLP pipeline;

  public CoreNlpAnnotator(CoreNlpConfig config) {
    this(config, false);
  }

  /** @param ownModels load this instance's own copy of the models instead of sharing the process-wide ones */
  public CoreNlpAnnotator(CoreNlpConfig config, boolean ownModels) {
    requireNonNull(config, "config is null");
    this.pipeline = ownModels ? withOwnModels(properties(config)) : new StanfordCoreNLP(properties(config));
  }

  /** Pipelines built earlier keep their annotators; clearing CoreNLP's pool makes this one load its own. */
  private static StanfordCoreNLP withOwnModels(Properties p) {
    synchronized (StanfordCoreNLP.class) {
      StanfordCoreNLP.clearAnnotatorPool();
      return new StanfordCoreNLP(p);
    }
  }

  /** CoreNLP's time per annotator so far, as CoreNLP prints it. */
  public String timing() {
    return pipeline.timingInformation();
  }

  static Properties properties(CoreNlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (config.parse() ? ",depparse" : ""));
    // Headlines and page furniture must not join the first sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    p.setProperty("ner.useSUTime", Boolean.toString(config.sutime()));
    p.setProperty("ner.buildEntityMentions", "true");
    if (!config.nerModels().isEmpty()) {
      p.setProperty("ner.model", config.nerModels());
    }
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    return p;
  }

  @Override
  public Annotation annotate(CleanedArticle article) {
    requireNonNull(article, "article is null");
    edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(article.text());
    if (article.published() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    }
    pipeline.annotate(doc);
    return AnnotationConverter.convert(doc);
  }

  /**
   * Everything besides the text and the article date that this annotator's output depends on:
   * CoreNLP's version, the properties the configuration gives, and the version of Dyad's conversion
   * into its own records. An annotation cache keys on it.
   */
  public static String signature(CoreNlpConfig config) {
    requireNonNull(config, "config is null");
    return "CoreNLP " + StanfordCoreNLP.class.getPackage().getImplementationVersion() + " " + new TreeMap<>(properties(config))
        + " conversion " + AnnotationConverter.VERSION;
  }
}
