package org.dyad.cli;

import java.util.EnumMap;
import java.util.Map;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.RawDocument;
import org.dyad.store.Corpus;
import org.dyad.store.Corpus.Outcome;

/**
 * Runs documents through a pipeline into a store. The pipeline first learns the stored corpus, so
 * a rerun over the same inputs (after a crash, say) skips what is stored without analysing it again.
 */
final class Ingestion {
  private final Pipeline pipeline;
  private final Corpus corpus;
  private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

  Ingestion(Pipeline pipeline, Corpus corpus) {
    this.pipeline = pipeline;
    this.corpus = corpus;
    corpus.forEachText(pipeline::remember);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
  }

  /** What became of one document: its analysis and where it went in the store. */
  record Result(AnalyzedArticle article, Outcome outcome) {
  }

  Result add(RawDocument doc) {
    AnalyzedArticle a = pipeline.process(doc);
    return new Result(a, store(doc, a));
  }

  /** Stores a document's analysis made elsewhere (by a {@code PipelineRunner} over this pipeline); call in input order. */
  Outcome store(RawDocument doc, AnalyzedArticle a) {
    Outcome o = corpus.add(a, doc.origin());
    counts.merge(o, 1, Integer::sum);
    return o;
  }

  /**
   * Stores a watched document's analysis, an edited version of a stored article (same address, other content)
   * replacing it ({@link Corpus#addReplacingEdits}). The de-duplicator takes a lightly edited text for a copy of
   * its older version and leaves it unanalysed, so such an edit is analysed here first. Call in input order.
   */
  Result storeReplacingEdits(RawDocument doc, AnalyzedArticle a) {
    AnalyzedArticle article = a.duplicateOf() != null && corpus.isEdit(a) ? pipeline.analyze(pipeline.clean(doc), null) : a;
    Outcome o = corpus.addReplacingEdits(article, doc.origin());
    counts.merge(o, 1, Integer::sum);
    return new Result(article, o);
  }

  int count(Outcome o) {
    return counts.get(o);
  }

  String summary() {
    return count(Outcome.NEW) + " new article(s), " + count(Outcome.COPY) + " copy(ies) of stored articles, "
        + count(Outcome.ALREADY_STORED) + " already stored, " + count(Outcome.FAILED) + " without text (recorded with their reasons)";
  }
}
