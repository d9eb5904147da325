package org.dyad.bench;

import java.util.List;
import org.dyad.cli.SampleCorpus;
import org.dyad.core.clean.ArticleCleaner;
import org.dyad.core.clean.OptimaizeLanguageGuesser;
import org.dyad.core.clean.html.JsoupHtmlExtractor;
import org.dyad.model.CleanedArticle;

/** The bundled sample corpus and the standard cleaner, for the benchmarks' set-up. */
final class Samples {
  private Samples() {}

  static ArticleCleaner cleaner() {
    return new ArticleCleaner(new JsoupHtmlExtractor(), new OptimaizeLanguageGuesser(), SampleCorpus.FETCH_DATE);
  }

  /** The samples' cleaned articles that have text. */
  static List<CleanedArticle> cleaned() {
    ArticleCleaner cleaner = cleaner();
    return SampleCorpus.read().stream().map(cleaner::clean).filter(c -> !c.text().isBlank()).toList();
  }
}
