package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.core.entities.DictionaryEntityResolver;
import org.dyad.core.events.Codebook;
import org.dyad.core.events.ParseEventCoder;
import org.dyad.core.events.VerbDictionary;
import org.dyad.core.quotes.ParseQuoteAttributor;
import org.dyad.core.time.RuleDateNormalizer;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parse-based stages on CoreNLP's real parses, one construction per sentence (sentences written for this test). */
class ParseStagesIT {
  private static final LocalDate WEDNESDAY = LocalDate.of(2021, 8, 25);
  private static CoreNlpAnnotator nlp;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT);
  }

  private record Result(List<EntityMention> entities, List<DateMention> dates, List<Quote> quotes, List<Event> events) {}

  private static Result run(String text) {
    CleanedArticle a = new CleanedArticle("t", null, null, null, WEDNESDAY, null, text, "en", List.of());
    Annotation ann = nlp.annotate(a);
    List<EntityMention> ents = new DictionaryEntityResolver().resolve(a, ann);
    List<DateMention> dates = new RuleDateNormalizer().normalize(a, ann);
    List<Quote> quotes = new ParseQuoteAttributor().attribute(a, ann, ents, dates);
    List<Event> events = new ParseEventCoder(VerbDictionary.standard(), Codebook.standard()).code(a, ann, ents, dates, quotes);
    return new Result(ents, dates, quotes, events);
  }

  private static String triples(Result r) {
    return r.events().stream()
        .map(e -> e.source().actor() + ">" + (e.target() == null ? "-" : e.target().actor()) + ":" + e.code() + ":" + e.modality())
        .sorted().collect(Collectors.joining(" "));
  }

  @Test
  void coordinatedSubjectsOfASymmetricVerbGiveAnEventEachWay() {
    assertEquals("CHN>RUS:057:asserted RUS>CHN:057:asserted", triples(run("Russia and China signed a trade agreement on Monday.")));
  }

  @Test
  void theDateAttachedToTheVerbDatesTheEvent() {
    Event e = run("Russia and China signed a trade agreement on Monday.").events().get(0);
    assertEquals("2021-08-23", e.date());
    assertEquals("text", e.dateSource());
  }

  @Test
  void negatedAndHypotheticalActionsAreMarkedNotAsserted() {
    assertTrue(triples(run("Pakistan did not meet with the Taliban.")).endsWith(":negated"));
    assertTrue(triples(run("Washington might impose sanctions on Iran.")).endsWith(":hypothetical"));
  }

  @Test
  void readinessToActIsAnIntentCode() {
    String t = triples(run("Moscow is ready to boost support for Kabul."));
    assertTrue(t.contains(":033:intended"), t);
  }

  @Test
  void aDirectQuoteTakesTheSubjectOfItsReportingVerb() {
    Result r = run("\u201CWe welcome this step,\u201D Kremlin spokesman Dmitry Peskov told reporters on Wednesday.");
    Quote q = r.quotes().get(0);
    assertTrue(q.direct());
    assertEquals("We welcome this step,", q.text());
    assertEquals("Dmitry Peskov", q.speaker().name());
    assertEquals("RUSGOV", q.speaker().actor());
    assertEquals("2021-08-25", q.date());
  }

  @Test
  void anIndirectStatementIsTheClauseOfTheReportingVerb() {
    Result r = run("Iranian President Ebrahim Raisi said that Iran supports the formation of an inclusive government in Afghanistan.");
    Quote q = r.quotes().stream().filter(x -> !x.direct()).findFirst().orElseThrow();
    assertTrue(q.text().startsWith("Iran supports the formation"), q.text());
    assertEquals("Ebrahim Raisi", q.speaker().name());
    assertTrue(triples(r).contains("IRN>AFG:051:reported"), triples(r));
    assertFalse(triples(r).contains(":010:"), "a statement whose content is coded is not also a 010: " + triples(r));
  }

  @Test
  void aPronounSpeakerResolvesToThePersonNamedJustBefore() {
    Result r = run("Russia's special envoy Zamir Kabulov arrived in Doha on Tuesday. He noted that Moscow was in no hurry to recognise the new authorities.");
    Quote q = r.quotes().stream().filter(x -> !x.direct()).findFirst().orElseThrow();
    assertEquals("Zamir Kabulov", q.speaker().name());
  }

  @Test
  void aQuoteWithNoCueAndNoEarlierSpeakerHasNoSpeaker() {
    Result r = run("\u201CThe situation remains tense.\u201D\n\nOfficials gave no further details.");
    assertNull(r.quotes().get(0).speaker());
  }
}
