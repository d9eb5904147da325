package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
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

/**
 * Quotes and events dated on CoreNLP's real parses: by the date expression attached to their verb,
 * else by the article date (sentences written for this test; the article is of Friday 2021-08-27).
 */
class DatingIT {
  private static final LocalDate FRIDAY = LocalDate.of(2021, 8, 27);
  private static CoreNlpAnnotator nlp;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT);
  }

  private record Result(List<Quote> quotes, List<Event> events) {}

  private static Result run(String text) {
    CleanedArticle a = new CleanedArticle("t", null, null, null, FRIDAY, null, text, "en", List.of());
    Annotation ann = nlp.annotate(a);
    List<EntityMention> ents = new DictionaryEntityResolver().resolve(a, ann);
    List<DateMention> dates = new RuleDateNormalizer().normalize(a, ann);
    List<Quote> quotes = new ParseQuoteAttributor().attribute(a, ann, ents, dates);
    List<Event> events = new ParseEventCoder(VerbDictionary.standard(), Codebook.standard()).code(a, ann, ents, dates, quotes);
    return new Result(quotes, events);
  }

  private static String dated(Quote q) {
    return q.date() + " " + q.dateSource();
  }

  @Test
  void aDateOpeningTheSentenceDatesTheStatement() {
    Result r = run("On August 16, the Russian foreign minister said that Moscow would keep its embassy in Kabul open.");
    Quote q = r.quotes().get(0);
    assertEquals("2021-08-16 text", dated(q));
  }

  @Test
  void aWeekdayAfterTheObjectDatesTheQuote() {
    Result r = run("\u201CThe crossing will stay open,\u201D the Pakistani interior minister told reporters on Wednesday.");
    assertEquals("2021-08-25 text", dated(r.quotes().get(0)));
  }

  @Test
  void aStatementWithNoDateTakesTheArticleDate() {
    Result r = run("The Chinese foreign ministry said that Beijing supports an inclusive government in Afghanistan.");
    assertEquals("2021-08-27 article", dated(r.quotes().get(0)));
  }

  @Test
  void eventsCarryTheirOwnDateOrTheArticleDate() {
    Result dated = run("Iran and Iraq signed a border agreement on Tuesday.");
    assertFalse(dated.events().isEmpty());
    assertEquals("2021-08-24 text", dated.events().get(0).date() + " " + dated.events().get(0).dateSource());
    Result undated = run("Iran and Iraq signed a border agreement.");
    assertFalse(undated.events().isEmpty());
    assertEquals("2021-08-27 article", undated.events().get(0).date() + " " + undated.events().get(0).dateSource());
  }

  private static List<String> eventDates(Result r) {
    return r.events().stream().map(e -> e.code() + " " + e.date() + " " + e.dateSource()).toList();
  }

  @Test
  void anActSetInANamedWarIsDatedByTheWar() {
    Result r = run("Israel seized the plateau from Syria during the Six-Day War.");
    assertFalse(r.events().isEmpty());
    r.events().forEach(e -> assertEquals("1967-06 event", e.date() + " " + e.dateSource(), eventDates(r).toString()));
  }

  @Test
  void aNamedInvasionIsNotDatedToTheArticle() {
    Result r = run("Iraq's invasion of Kuwait drew a coalition of dozens of countries into the region.");
    assertFalse(r.events().isEmpty(), r.toString());
    r.events().forEach(e -> assertFalse(e.date().equals("2021-08-27"), eventDates(r).toString()));
  }

  @Test
  void aTimeOfDayDatesTheDayOnly() {
    Result r = run("Russian forces shelled the town overnight, the regional governor said.");
    assertFalse(r.events().isEmpty());
    r.events().forEach(e -> assertFalse(e.date().contains("T"), eventDates(r).toString()));
    r.quotes().forEach(q -> assertFalse(q.date().contains("T"), q.toString()));
  }

  @Test
  void aPastPerfectActOfItsOwnIsBackground() {
    Result r = run("Turkish troops had attacked the Kurdish militia in the province.");
    assertFalse(r.events().isEmpty());
    assertEquals("PAST_REF background", r.events().get(0).date() + " " + r.events().get(0).dateSource(), eventDates(r).toString());
  }
}
