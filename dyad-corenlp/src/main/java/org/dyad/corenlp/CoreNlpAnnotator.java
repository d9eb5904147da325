package org.dyad.corenlp;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.TreeMap;
import org.dyad.core.nlp.LexiconParseSelector;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.nlp.ParseSelector;
import org.dyad.model.CleanedArticle;
import org.dyad.model.nlp.Annotation;

/**
 * Dyad's annotator on Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (with SUTime) on every
 * sentence and depparse on the sentences the config selects ({@link SelectiveParser}). One instance
 * holds one CoreNLP pipeline (11–13 s and about 1 GB to build). CoreNLP's {@code annotate} is
 * thread-safe, so one instance serves all worker threads; CoreNLP also keeps built annotators in a
 * process-wide pool, so a second instance with the same settings reuses the first one's models unless
 * it is asked to load its own ({@code ownModels}, for measuring).
 */
public final class CoreNlpAnnotator implements NlpAnnotator {
  private final StanfordCoreNLP pipeline;
  private final SelectiveParser parser;

  public CoreNlpAnnotator(CoreNlpConfig config) {
    this(config, false);
  }

  /** @param ownModels load this instance's own copy of the models instead of sharing the process-wide ones */
  public CoreNlpAnnotator(CoreNlpConfig config, boolean ownModels) {
    this(config, LexiconParseSelector.standard(), ownModels);
  }

  /**
   * @param selector the sentences to parse when {@code config.parse()} is {@code SELECTED} (for example
   *     one that knows a user's verb dictionary)
   */
  public CoreNlpAnnotator(CoreNlpConfig config, ParseSelector selector, boolean ownModels) {
    requireNonNull(config, "config is null");
    requireNonNull(selector, "selector is null");
    synchronized (StanfordCoreNLP.class) {
      if (ownModels) {
        // Pipelines built earlier keep their annotators; clearing CoreNLP's pool makes this one load its own.
        StanfordCoreNLP.clearAnnotatorPool();
      }
      this.pipeline = new StanfordCoreNLP(properties(config));
      this.parser = config.parse() == CoreNlpConfig.Parse.SELECTED ? new SelectiveParser(selector) : null;
    }
  }

  /** CoreNLP's time per annotator so far, as CoreNLP prints it, and the share of sentences parsed. */
  public String timing() {
    return pipeline.timingInformation() + (parser == null ? "" : "\n" + parser.timing());
  }

  static Properties properties(CoreNlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (config.parse() == CoreNlpConfig.Parse.ALL ? ",depparse" : ""));
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
    if (parser != null) {
      parser.parse(doc);
    }
    return AnnotationConverter.convert(doc);
  }

  /**
   * Everything besides the text and the article date that this annotator's output depends on:
   * CoreNLP's version, the properties the configuration gives, which sentences are parsed, and the
   * version of Dyad's conversion into its own records. An annotation cache keys on it. Which sentences
   * the selective parse picks depends on Dyad's lexicons as well, which the signature cannot know: a
   * cache should hold full parses ({@code Parse.ALL}).
   */
  public static String signature(CoreNlpConfig config) {
    requireNonNull(config, "config is null");
    return "CoreNLP " + StanfordCoreNLP.class.getPackage().getImplementationVersion() + " " + new TreeMap<>(properties(config))
        + " parse " + config.parse()
        + " conversion " + AnnotationConverter.VERSION;
  }
}
