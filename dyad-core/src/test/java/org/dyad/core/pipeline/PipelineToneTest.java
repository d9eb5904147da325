package org.dyad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.tone.ToneScorer;
import org.dyad.core.tone.VaderToneScorer;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.CleanedArticle;
import org.dyad.model.ContentType;
import org.dyad.model.Quote;
import org.dyad.model.RawDocument;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.junit.jupiter.api.Test;

class PipelineToneTest {
  private static final String TEXT = "The talks were good.";

  private static Pipeline pipeline(ToneScorer tone) {
    Annotation one = new Annotation(List.of(), List.of(new Sentence(0, 0, TEXT.length(), 0, 1, List.of())), List.of(), List.of());
    return new Pipeline(PipelineConfig.DEFAULT,
        d -> new CleanedArticle(d.id(), d.url(), null, d.title(), d.published(), null, d.content(), "en", d.issues()),
        () -> a -> one, (a, ann) -> List.of(), (a, ann) -> List.of(),
        (a, ann, ents, dates) -> List.of(new Quote(0, TEXT.length(), TEXT, true, null, null, null, null)),
        (a, ann, ents, dates, quotes) -> List.of(), tone);
  }

  private static RawDocument doc() {
    return new RawDocument("a", "a", null, null, LocalDate.of(2021, 8, 25), TEXT, ContentType.TEXT, List.of());
  }

  @Test
  void toneIsScoredLastOverTheQuotes() {
    AnalyzedArticle a = pipeline(VaderToneScorer.standard()).process(doc());
    assertEquals(1, a.sentences().size());
    assertEquals(a.sentences().get(0).tone(), a.quotes().get(0).tone());
    assertEquals(a.sentences().get(0).tone(), a.tone().compound());
  }

  @Test
  void aFailingToneScorerIsAnIssueAndKeepsTheQuotes() {
    AnalyzedArticle a = pipeline((article, ann, quotes, events) -> {
      throw new IllegalStateException("lexicon missing");
    }).process(doc());
    assertEquals(1, a.quotes().size());
    assertNull(a.quotes().get(0).tone());
    assertNull(a.tone());
    assertEquals("tone", a.issues().get(0).stage());
    assertEquals("failed", a.issues().get(0).code());
  }
}
