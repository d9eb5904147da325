package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.pipeline.Stages;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

class BenchArticlesTest {
  @Test
  void articlesHaveAgencyLengthAndNoneIsACopyOfAnother() {
    List<RawDocument> docs = BenchArticles.make(40);
    assertEquals(40, docs.size());
    Pipeline clean = Pipelines.standard(PipelineConfig.DEFAULT.withStages(Stages.CLEAN), SampleCorpus.FETCH_DATE);
    for (RawDocument d : docs) {
      assertTrue(BenchArticles.words(d.content()) >= BenchArticles.MIN_WORDS, d.id());
      AnalyzedArticle a = clean.process(d);
      assertNull(a.duplicateOf(), d.id() + " copies " + a.duplicateOf());
    }
  }
}
