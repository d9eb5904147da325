package org.dyad.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.testing.ArticleSchema;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.Dateline;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Issue;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
  static AnalyzedArticle sample() {
    String text = "MOSCOW, August 25. /TASS/. Kremlin spokesman Dmitry Peskov said on Wednesday that Russia would help.";
    return new AnalyzedArticle("a1", null, "TASS", "Title", LocalDate.of(2021, 8, 25), new Dateline("MOSCOW", "MOSCOW, August 25. /TASS/."),
        text, null,
        List.of(new EntityMention(27, 53, "Kremlin spokesman Dmitry Peskov", "PERSON", "Dmitry Peskov", "spokesman", "Kremlin", "RUS", "RUSGOV")),
        List.of(new Quote(77, 100, "Russia would help", false, "said", new Speaker("Dmitry Peskov", 45, 58, "RUSGOV", "spokesman"), "2021-08-25", "text")),
        List.of(new DateMention(59, 71, "on Wednesday", "DATE", "2021-08-25")),
        List.of(new Event(new ActorRef("Dmitry Peskov", "RUSGOV"), null, "010", "01", 1, 0.0, "CONSULT", "2021-08-25", "text", "asserted", 27, 100)),
        List.of(new Issue("clean", "x", "y")));
  }

  @Test
  void outputLinesValidateAgainstTheSchemaAndReadBack() {
    String line = ArticleJson.line(sample());
    assertFalse(line.contains("\n"));
    assertEquals(List.of(), ArticleSchema.errors(line));
    assertEquals(sample(), ArticleJson.parse(line));
    assertTrue(line.contains("\"published\":\"2021-08-25\""));
    assertTrue(line.contains("\"url\":null"));
  }

  @Test
  void anAnnotationWithItsIndexedParseReadsBackAsTheCacheKeepsIt() throws Exception {
    Annotation a = new Annotation(
        List.of(new Token(0, 0, 0, 5, "Talks", "talk", "NNS", "O"), new Token(1, 0, 6, 11, "ended", "end", "VBD", "O")),
        List.of(new Sentence(0, 0, 11, 0, 2, List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj")))),
        List.of(), List.of());
    String json = ArticleJson.mapper().writeValueAsString(a);
    assertTrue(json.contains("\"dependencies\":[{\"governor\":-1,\"dependent\":1,\"relation\":\"root\"}"), json);
    Annotation back = ArticleJson.mapper().readValue(json, Annotation.class);
    assertEquals(a, back);
    assertEquals(List.of(new Dependency(1, 0, "nsubj")), back.children(1));
  }

  @Test
  void placesWriteValidateAndReadBackAndOutputWithoutThemStillReads() {
    AnalyzedArticle a = sample();
    Place moscow = new Place("Moscow", 524901L, 55.75, 37.62, "RUS", "city");
    AnalyzedArticle placed = new AnalyzedArticle(a.id(), a.url(), a.source(), a.title(), a.published(), a.dateline(),
        a.text(), null, List.of(a.entities().get(0).withPlace(moscow)), a.quotes(), a.dates(),
        List.of(a.events().get(0).withPlace(moscow)), a.issues());
    String line = ArticleJson.line(placed);
    assertEquals(List.of(), ArticleSchema.errors(line));
    assertEquals(placed, ArticleJson.parse(line));
    assertFalse(ArticleSchema.errors(line.replace("\"kind\":\"city\"", "\"kind\":\"town\"")).isEmpty());
    String old = ArticleJson.line(a).replace(",\"place\":null", "");
    assertFalse(old.contains("\"place\":null"));
    assertEquals(List.of(), ArticleSchema.errors(old), "output written before places is still valid");
    assertEquals(a, ArticleJson.parse(old));
  }

  @Test
  void aDateModWritesValidatesAndReadsBackAndOutputWithoutItStillReads() {
    AnalyzedArticle a = sample();
    String text = a.text();
    AnalyzedArticle modded = new AnalyzedArticle(a.id(), a.url(), a.source(), a.title(), a.published(), a.dateline(),
        text, null, a.entities(), a.quotes(), List.of(new DateMention(59, 71, "on Wednesday", "DATE", "2021-08-25", "END")),
        a.events(), a.issues());
    String line = ArticleJson.line(modded);
    assertTrue(line.contains("\"mod\":\"END\""), line);
    assertEquals(List.of(), ArticleSchema.errors(line));
    assertEquals(modded, ArticleJson.parse(line));
    assertFalse(ArticleSchema.errors(line.replace("\"mod\":\"END\"", "\"mod\":\"LATE\"")).isEmpty());
    String old = ArticleJson.line(a).replace(",\"mod\":null", "");
    assertFalse(old.contains("\"mod\""));
    assertEquals(List.of(), ArticleSchema.errors(old), "output written before mods is still valid");
    assertEquals(a, ArticleJson.parse(old));
  }

  @Test
  void theSchemaRejectsWhatIsOffFormat() {
    String line = ArticleJson.line(sample());
    assertFalse(ArticleSchema.errors(line.replace("\"modality\":\"asserted\"", "\"modality\":\"maybe\"")).isEmpty());
    assertFalse(ArticleSchema.errors(line.replace("\"published\":\"2021-08-25\"", "\"published\":\"25 Aug\"")).isEmpty());
    assertFalse(ArticleSchema.errors(line.replace("\"id\":\"a1\",", "")).isEmpty());
  }
}
