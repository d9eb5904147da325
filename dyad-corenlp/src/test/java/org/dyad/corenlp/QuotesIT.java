package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.core.entities.DictionaryEntityResolver;
import org.dyad.core.quotes.ParseQuoteAttributor;
import org.dyad.core.time.RuleDateNormalizer;
import org.dyad.model.CleanedArticle;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quote attributor on CoreNLP's real parses of sentences written for this test. */
class QuotesIT {
  private static CoreNlpAnnotator nlp;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT);
  }

  private static List<Quote> run(String text) {
    CleanedArticle a = new CleanedArticle("t", null, null, null, LocalDate.of(2030, 5, 8), null, text, "en", List.of());
    Annotation ann = nlp.annotate(a);
    return new ParseQuoteAttributor().attribute(a, ann, new DictionaryEntityResolver().resolve(a, ann),
        new RuleDateNormalizer().normalize(a, ann));
  }

  private static String speakers(List<Quote> quotes) {
    return quotes.stream().map(q -> q.speaker() == null ? "-" : q.speaker().name()).collect(Collectors.joining(","));
  }

  @Test
  void aQuoteSplitByAnInvertedCueIsOneQuoteWithOneSpeaker() {
    List<Quote> q = run("\u201CWe are ready to sign,\u201D said Maria Kovacs, the port director. \u201CThe rest can wait until June.\u201D");
    assertEquals(1, q.size(), q.toString());
    assertEquals("Maria Kovacs", speakers(q));
    assertEquals("We are ready to sign, The rest can wait until June.", q.get(0).text());
  }

  @Test
  void aCueAfterTheClauseAttributesIt() {
    List<Quote> q = run("Maria Kovacs runs the port. The ferry will resume service next week, she added.");
    Quote s = q.stream().filter(x -> !x.direct()).findFirst().orElseThrow();
    assertTrue(s.text().startsWith("The ferry will resume service"), s.text());
    assertEquals("Maria Kovacs", s.speaker().name());
  }

  @Test
  void toldReportersOnADayThatIsDatedByTheDay() {
    List<Quote> q = run("Maria Kovacs told reporters on Monday that the ferry would resume service.");
    Quote s = q.stream().filter(x -> !x.direct()).findFirst().orElseThrow();
    assertEquals("the ferry would resume service", s.text());
    assertEquals("2030-05-06", s.date());
  }

  @Test
  void inSomeonesViewAndAccordingToQualifyTheRestOfTheSentence() {
    List<Quote> q = run("Maria Kovacs spoke in Split. In her view, the ferry contract is fair. According to Kovacs, the port will expand.");
    assertEquals(2, q.size(), q.toString());
    assertTrue(q.get(0).text().contains("the ferry contract is fair"), q.get(0).text());
    assertTrue(q.get(1).text().contains("the port will expand"), q.get(1).text());
    assertEquals("Maria Kovacs,Maria Kovacs", speakers(q));
  }

  @Test
  void aPartialQuoteIsPartOfItsStatement() {
    List<Quote> q = run("Maria Kovacs said the new pier would become \u201Cthe busiest in the region.\u201D");
    assertEquals(1, q.size(), q.toString());
    assertTrue(q.get(0).text().endsWith("\u201Cthe busiest in the region.\u201D") || q.get(0).text().endsWith("region."), q.get(0).text());
  }

  @Test
  void aReportedClauseEndingInAQuotationIsOneDirectQuoteWithItsSubject() {
    List<Quote> q = run("Mayor Paul Brenner said the storm was \"the worst in a century.\"");
    assertEquals(1, q.size(), q.toString());
    assertEquals("the storm was \"the worst in a century.\"", q.get(0).text());
    assertEquals("Paul Brenner", speakers(q));
  }
}
