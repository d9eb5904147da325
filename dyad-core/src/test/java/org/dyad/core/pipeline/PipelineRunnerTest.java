package org.dyad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.dyad.core.clean.Cleaner;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.CleanedArticle;
import org.dyad.model.ContentType;
import org.dyad.model.EntityMention;
import org.dyad.model.RawDocument;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;

class PipelineRunnerTest {
  private static final Cleaner IDENTITY = d -> new CleanedArticle(d.id(), d.url(), null, d.title(), d.published(), null,
      d.content(), "en", d.issues());

  /** Articles whose text starts with "slow" wait until released; the others are annotated at once. */
  private final CountDownLatch release = new CountDownLatch(1);
  private final NlpAnnotator gated = a -> {
    if (a.text().startsWith("slow")) {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return Annotation.EMPTY;
  };

  private static Pipeline pipeline(PipelineConfig config, NlpAnnotator annotator) {
    return new Pipeline(config, IDENTITY, () -> annotator,
        (a, ann) -> List.of(new EntityMention(0, 4, a.text().substring(0, 4), "PERSON", a.id(), null, null, null, null)),
        (a, ann) -> List.of(), (a, ann, e, d) -> List.of(), (a, ann, e, d, q) -> List.of());
  }

  private static RawDocument doc(String id, String text) {
    return new RawDocument(id, id, null, null, LocalDate.of(2022, 3, 1), text, ContentType.TEXT, List.of());
  }

  private static String text(int i) {
    return "Article number " + i + " tells its own story about harbour cranes, wheat prices and a ferry timetable " + "x".repeat(i);
  }

  @Test
  void resultsComeOutInInputOrderAndTheFirstCopyIsTheFirstInTheInput() {
    List<String> seen = new ArrayList<>();
    List<String> copies = new ArrayList<>();
    Pipeline p = pipeline(PipelineConfig.DEFAULT, gatedAfterRelease());
    try (PipelineRunner r = new PipelineRunner(p, 3, (d, a) -> {
      seen.add(a.id());
      if (a.duplicateOf() != null) {
        copies.add(a.id() + "->" + a.duplicateOf());
      }
    })) {
      r.submit(doc("s", "slow article that everyone else must wait behind in the output order today"));
      for (int i = 0; i < 40; i++) {
        r.submit(doc("d" + i, text(i % 20)));
      }
      release.countDown();
    }
    List<String> expected = new ArrayList<>(List.of("s"));
    for (int i = 0; i < 40; i++) {
      expected.add("d" + i);
    }
    assertEquals(expected, seen);
    assertEquals(20, copies.size());
    assertEquals("d20->d0", copies.get(0));
  }

  /** The slow article is released from another thread once the window has filled, so submit must not block forever. */
  private NlpAnnotator gatedAfterRelease() {
    Thread releaser = new Thread(() -> {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      release.countDown();
    });
    releaser.setDaemon(true);
    releaser.start();
    return gated;
  }

  @Test
  void anArticleOverTheTimeLimitGetsAnIssueAndTheBatchGoesOn() {
    Pipeline p = pipeline(PipelineConfig.DEFAULT.withArticleTimeout(Duration.ofMillis(200)), gated);
    List<AnalyzedArticle> out = new ArrayList<>();
    try (PipelineRunner r = new PipelineRunner(p, 2, (d, a) -> out.add(a))) {
      r.submit(doc("a", "fast article about a bridge opening in the capital"));
      r.submit(doc("b", "slow article that never finishes its annotation"));
      r.submit(doc("c", "another fast article about a trade fair"));
    }
    release.countDown();
    assertEquals(List.of("a", "b", "c"), out.stream().map(AnalyzedArticle::id).toList());
    AnalyzedArticle slow = out.get(1);
    assertEquals("pipeline/timeout", slow.issues().get(0).stage() + "/" + slow.issues().get(0).code());
    assertTrue(slow.entities().isEmpty());
    assertEquals("slow article that never finishes its annotation", slow.text());
    assertNull(slow.duplicateOf());
    assertEquals(1, out.get(2).entities().size());
    assertTrue(out.get(2).issues().isEmpty());
  }

  @Test
  void theTimeLimitAlsoHoldsOnOneThread() {
    Pipeline p = pipeline(PipelineConfig.DEFAULT.withArticleTimeout(Duration.ofMillis(100)), gated);
    AnalyzedArticle a = p.process(doc("b", "slow article on the only thread"));
    release.countDown();
    assertEquals("timeout", a.issues().get(0).code());
    assertEquals(1, p.process(doc("c", "a fast one after it")).entities().size());
  }

  @Test
  void aTimedOutArticleKeepsTheIssuesFoundBeforeTheAnalysis() {
    Pipeline p = pipeline(PipelineConfig.DEFAULT.withArticleTimeout(Duration.ofMillis(100)), gated);
    AnalyzedArticle a = p.process(doc("long", "slow " + "word ".repeat(12_000)));
    release.countDown();
    assertEquals("[annotate/too-long, pipeline/timeout]", a.issues().stream().map(i -> i.stage() + "/" + i.code()).toList().toString());
  }

  @Test
  void aSinkThatThrowsStopsTheRunWithItsError() {
    Pipeline p = pipeline(PipelineConfig.DEFAULT, gated);
    PipelineRunner r = new PipelineRunner(p, 2, (d, a) -> {
      throw new IllegalStateException("disk full");
    });
    r.submit(doc("a", "one article"));
    IllegalStateException e = assertThrows(IllegalStateException.class, r::close);
    assertEquals("disk full", e.getMessage());
  }

  @Test
  void rejectsNoThreadsAndANonPositiveTimeout() {
    Pipeline p = pipeline(PipelineConfig.DEFAULT, gated);
    assertThrows(IllegalArgumentException.class, () -> new PipelineRunner(p, 0, (d, a) -> { }));
    assertThrows(IllegalArgumentException.class, () -> PipelineConfig.DEFAULT.withArticleTimeout(Duration.ZERO));
  }
}
