package org.dyad.core.nlp;

import org.dyad.model.CleanedArticle;
import org.dyad.model.nlp.Annotation;

/**
 * Tokens, sentences, POS, lemmas, NER, time expressions and a dependency parse for a cleaned text.
 * Implementations must be safe to call from one thread at a time; the pipeline builds one per worker.
 */
public interface NlpAnnotator {
  /** Annotates {@code article.text()}, with {@code article.published()} as the document date. */
  Annotation annotate(CleanedArticle article);
}
