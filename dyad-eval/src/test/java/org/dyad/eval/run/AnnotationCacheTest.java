package org.dyad.eval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.model.CleanedArticle;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {
  private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
  @TempDir
  Path dir;
  private final AtomicInteger calls = new AtomicInteger();

  /** An annotator whose one token says which call made it, so a cached answer shows. */
  private final NlpAnnotator counting = a -> {
    int n = calls.incrementAndGet();
    return new Annotation(List.of(new Token(0, 0, 0, 1, "call" + n, "call", "NN", "O")), List.of(), List.of(), List.of(),
        Map.of("ana", 'F'));
  };

  private static CleanedArticle article(String text, LocalDate date) {
    return new CleanedArticle("t", null, null, null, date, null, text, "en", List.of());
  }

  private String word(AnnotationCache cache, String text, LocalDate date) {
    return cache.annotate(article(text, date)).tokens().get(0).word();
  }

  @Test
  void theSameTextDateAndSettingsComeFromTheFolder() {
    assertEquals("call1 call1", word(new AnnotationCache(dir, "s1", () -> counting), "Talks resumed.", MONDAY) + " "
        + word(new AnnotationCache(dir, "s1", () -> counting), "Talks resumed.", MONDAY));
    assertEquals(1, calls.get());
  }

  @Test
  void aChangedDateTextOrSettingMissesTheCache() {
    AnnotationCache cache = new AnnotationCache(dir, "s1", () -> counting);
    String first = word(cache, "Talks resumed on Friday.", MONDAY);
    String otherDate = word(cache, "Talks resumed on Friday.", MONDAY.plusDays(1));
    String noDate = word(cache, "Talks resumed on Friday.", null);
    String otherText = word(cache, "Talks resumed on Friday!", MONDAY);
    String otherSetting = word(new AnnotationCache(dir, "s2", () -> counting), "Talks resumed on Friday.", MONDAY);
    assertEquals("call1 call2 call3 call4 call5", String.join(" ", first, otherDate, noDate, otherText, otherSetting));
  }

  @Test
  void aCachedAnnotationKeepsEverythingTheAnnotatorSaid() {
    new AnnotationCache(dir, "s1", () -> counting).annotate(article("Ana spoke.", MONDAY));
    Annotation back = new AnnotationCache(dir, "s1", () -> counting).annotate(article("Ana spoke.", MONDAY));
    assertEquals("1 F", calls.get() + " " + back.genderOfName("Ana"));
  }

  @Test
  void withoutAFolderEveryCallAnnotates() {
    AnnotationCache cache = new AnnotationCache(null, "s1", () -> counting);
    assertEquals("call1 call2", word(cache, "Talks resumed.", MONDAY) + " " + word(cache, "Talks resumed.", MONDAY));
  }
}
