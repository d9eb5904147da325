package org.dyad.core.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.ActorRef;
import org.dyad.model.CleanedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.junit.jupiter.api.Test;

class VaderToneScorerTest {
  private static final String TEXT = "Officials praised the friendly talks. Rebels shelled the town, killing civilians. "
      + "The delegation arrives on Monday.";

  /** An annotation with one sentence per full stop (tokens are not needed by the scorer). */
  private static Annotation sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    for (int end = text.indexOf('.'); end >= 0; end = text.indexOf('.', start)) {
      out.add(new Sentence(out.size(), start, end + 1, out.size(), out.size() + 1, List.of()));
      start = end + 2;
    }
    return new Annotation(List.of(), out, List.of(), List.of());
  }

  private static CleanedArticle article(String text) {
    return new CleanedArticle("t", null, null, null, null, null, text, "en", List.of());
  }

  @Test
  void scoresSentencesQuotesEventsAndTheArticle() {
    int second = TEXT.indexOf("Rebels");
    Quote quote = new Quote(0, 36, "Officials praised the friendly talks.", false, "praised", null, null, null);
    Event event = new Event(new ActorRef("rebels", null), null, "195", "19", 4, -10, "ASSAULT", null, null, "asserted",
        second, TEXT.indexOf("civilians.") + 10);
    Toned t = VaderToneScorer.standard().score(article(TEXT), sentences(TEXT), List.of(quote), List.of(event));

    assertEquals(3, t.sentences().size());
    assertTrue(t.sentences().get(0).tone() > 0.3);
    assertTrue(t.sentences().get(1).tone() < -0.3);
    assertEquals(0.0, t.sentences().get(2).tone());
    double mean = t.sentences().stream().mapToDouble(s -> s.tone()).average().orElseThrow();
    assertEquals(mean, t.article().compound(), 0.00005, "the mean, to four decimals");
    assertEquals(t.sentences().get(0).tone(), t.quotes().get(0).tone());
    assertEquals(t.sentences().get(1).tone(), t.events().get(0).tone(), "the evidence is the second sentence");
    assertEquals(16, t.article().gdelt().words());
    assertTrue(t.article().gdelt().positive() > 0 && t.article().gdelt().negative() > 0);
  }

  @Test
  void withoutSentencesTheArticleHasNoCompoundButStillGdeltTone() {
    Toned t = VaderToneScorer.standard().score(article("A good day."), Annotation.EMPTY, List.of(), List.of());
    assertNull(t.article().compound());
    assertTrue(t.sentences().isEmpty());
    assertTrue(t.article().gdelt().tone() > 0);
  }

  @Test
  void noneLeavesEverythingUnscored() {
    Quote quote = new Quote(0, 4, "Good", true, null, null, null, null);
    Toned t = ToneScorer.NONE.score(article(TEXT), sentences(TEXT), List.of(quote), List.of());
    assertNull(t.article());
    assertNull(t.quotes().get(0).tone());
    assertTrue(t.sentences().isEmpty());
  }
}
