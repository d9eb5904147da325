package org.dyad.core.time;

import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;

/** Normalises every time expression against the article date. */
public interface DateNormalizer {
  /** Date mentions sorted by start offset. */
  List<DateMention> normalize(CleanedArticle article, Annotation annotation);
}
