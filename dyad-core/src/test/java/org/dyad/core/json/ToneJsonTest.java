package org.dyad.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.testing.ArticleSchema;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.ArticleTone;
import org.dyad.model.GdeltTone;
import org.dyad.model.SentenceTone;
import org.junit.jupiter.api.Test;

class ToneJsonTest {
  static AnalyzedArticle toned() {
    AnalyzedArticle a = ArticleJsonTest.sample();
    return new AnalyzedArticle(a.id(), a.url(), a.source(), a.title(), a.published(), a.dateline(), a.text(), null,
        a.entities(), List.of(a.quotes().get(0).withTone(0.4019)), a.dates(), List.of(a.events().get(0).withTone(-0.25)),
        a.issues(), new ArticleTone(0.1, GdeltTone.of(1, 2, 16)), List.of(new SentenceTone(27, 100, 0.4019)));
  }

  @Test
  void toneWritesValidatesAndReadsBack() {
    String line = ArticleJson.line(toned());
    assertEquals(List.of(), ArticleSchema.errors(line));
    assertEquals(toned(), ArticleJson.parse(line));
    assertTrue(line.contains("\"tone\":{\"compound\":0.1,\"gdelt\":{\"tone\":-6.25,\"positive\":6.25,\"negative\":12.5,"
        + "\"polarity\":18.75,\"words\":16}}"), line);
    assertTrue(line.contains("\"sentences\":[{\"start\":27,\"end\":100,\"tone\":0.4019}]"), line);
  }

  @Test
  void outputWrittenBeforeToneStillValidatesAndReads() {
    AnalyzedArticle a = ArticleJsonTest.sample();
    String old = ArticleJson.line(a).replace(",\"tone\":null", "").replace(",\"sentences\":[]", "");
    assertFalse(old.contains("tone"));
    assertEquals(List.of(), ArticleSchema.errors(old));
    AnalyzedArticle read = ArticleJson.parse(old);
    assertEquals(a, read);
    assertNull(read.tone());
    assertTrue(read.sentences().isEmpty());
  }

  @Test
  void theSchemaRejectsToneOutOfRange() {
    String line = ArticleJson.line(toned());
    assertFalse(ArticleSchema.errors(line.replace("\"tone\":-0.25", "\"tone\":-2.5")).isEmpty());
    assertFalse(ArticleSchema.errors(line.replace("\"words\":16", "\"words\":-1")).isEmpty());
  }
}
