package org.dyad.corenlp;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.model.CleanedArticle;
import org.dyad.model.nlp.Annotation;

/**
 * Dyad's annotator on Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (with SUTime) and
 * depparse. One instance holds one CoreNLP pipeline (11–13 s and about 1 GB to build); build it
 * once per worker thread and reuse it.
 */
public final class CoreNlpAnnotator implements NlpAnnotator {
  private final StanfordCoreNLP pipeline;

  public CoreNlpAnnotator(CoreNlpConfig config) {
    requireNonNull(config, "config is null");
    this.pipeline = new StanfordCoreNLP(properties(config));
  }

  static Properties properties(CoreNlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (config.parse() ? ",depparse" : ""));
    // Headlines and page furniture must not join the first sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    p.setProperty("ner.useSUTime", Boolean.toString(config.sutime()));
    p.setProperty("ner.buildEntityMentions", "true");
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
}
