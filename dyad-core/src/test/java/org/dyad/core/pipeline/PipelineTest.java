package org.dyad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.core.clean.Cleaner;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.CleanedArticle;
import org.dyad.model.ContentType;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Cleaner IDENTITY = d -> new CleanedArticle(d.id(), d.url(), null, d.title(), d.published(), null,
      d.content(), d.content().startsWith("Bonjour") ? "fr" : "en", d.issues());
  private final AtomicInteger annotatorsBuilt = new AtomicInteger();
  private final NlpAnnotator nothing = a -> Annotation.EMPTY;

  private Pipeline pipeline(Stages stages, NlpAnnotator annotator) {
    return new Pipeline(PipelineConfig.DEFAULT.withStages(stages), IDENTITY,
        () -> {
          annotatorsBuilt.incrementAndGet();
          return annotator;
        },
        (a, ann) -> List.of(new EntityMention(0, 6, "Russia", "COUNTRY", "Russia", null, null, "RUS", "RUS")),
        (a, ann) -> List.of(new DateMention(0, 6, "Russia", "DATE", null)),
        (a, ann, ents, dates) -> {
          throw new IllegalStateException("quote stage broke");
        },
        (a, ann, ents, dates, quotes) -> List.of());
  }

  private static RawDocument doc(String id, String text) {
    return new RawDocument(id, id, null, null, LocalDate.of(2021, 8, 25), text, ContentType.TEXT, List.of());
  }

  @Test
  void aFailingStageIsRecordedAndTheOthersStillRun() {
    AnalyzedArticle a = pipeline(Stages.ALL, nothing).process(doc("a", "Russia said something."));
    assertEquals(1, a.entities().size());
    assertEquals(1, a.dates().size());
    assertTrue(a.quotes().isEmpty());
    Issue i = a.issues().get(0);
    assertEquals("quotes", i.stage());
    assertEquals("failed", i.code());
    assertTrue(i.message().contains("quote stage broke"));
  }

  @Test
  void aFailingAnnotatorDoesNotSinkTheBatch() {
    Pipeline p = pipeline(Stages.ALL, a -> {
      throw new OutOfMemoryErrorLike("parser gave up");
    });
    AnalyzedArticle first = p.process(doc("a", "Russia said something."));
    AnalyzedArticle second = p.process(doc("b", "Another text entirely."));
    assertEquals("annotate", first.issues().get(0).stage());
    assertEquals("annotate", second.issues().get(0).stage());
  }

  @Test
  void cleanOnlyRunsNeverBuildTheAnnotator() {
    Pipeline p = pipeline(Stages.CLEAN, nothing);
    AnalyzedArticle a = p.process(doc("a", "Russia said something."));
    assertEquals("Russia said something.", a.text());
    assertTrue(a.entities().isEmpty());
    assertEquals(0, annotatorsBuilt.get());
  }

  @Test
  void duplicatesPointToTheFirstCopyAndAreNotAnalysedAgain() {
    Pipeline p = pipeline(Stages.ALL, nothing);
    assertNull(p.process(doc("a", "Russia said something new today.")).duplicateOf());
    AnalyzedArticle copy = p.process(doc("b", "Russia said something new today."));
    assertEquals("a", copy.duplicateOf());
    assertTrue(copy.entities().isEmpty());
  }

  @Test
  void nonEnglishAndEmptyTextsAreNotAnnotated() {
    Pipeline p = pipeline(Stages.ALL, nothing);
    p.process(doc("fr", "Bonjour tout le monde."));
    p.process(doc("empty", ""));
    assertEquals(0, annotatorsBuilt.get());
  }

  @Test
  void overlongTextsAreAnnotatedInPartWithAnIssue() {
    AnalyzedArticle a = pipeline(Stages.ALL, nothing).process(doc("long", "Russia " + "word ".repeat(30_000)));
    assertTrue(a.issues().stream().anyMatch(i -> i.code().equals("too-long")));
  }

  @Test
  void configurationIsCheckedWhenBuilt() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new PipelineConfig(Stages.ALL, 10, 0.8));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new PipelineConfig(Stages.ALL, 5000, 0));
  }

  /** A runtime failure standing in for a model crash. */
  private static final class OutOfMemoryErrorLike extends RuntimeException {
    OutOfMemoryErrorLike(String m) {
      super(m);
    }
  }
}
