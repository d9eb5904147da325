package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.model.Place;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueriesTest {
  @TempDir
  Path dir;
  private Corpus corpus;
  private Queries q;

  @BeforeEach
  void fill() {
    corpus = Corpus.open(dir);
    corpus.add(Articles.talks("a1"), "a1.txt");
    corpus.flush();
    q = corpus.queries();
  }

  @AfterEach
  void close() {
    corpus.close();
  }

  private List<String> codes(EventFilter f) {
    return q.events(f).items().stream().map(e -> e.code() + " " + e.source().actor() + ">" + e.target().actor()).toList();
  }

  private static EventFilter dyad(String dyad, boolean directed) {
    return EventFilter.of(Dyad.parse(dyad, directed), null, null, null, null, 100);
  }

  @Test
  void aDyadMatchesBothDirectionsUnlessDirected() {
    assertEquals(List.of("040 AFGGOV>RUSGOV", "0233 RUS>AFG", "190 RUS>AFG"), codes(dyad("afg:rus", false)));
    assertEquals(List.of("040 AFGGOV>RUSGOV"), codes(dyad("AFG:RUS", true)));
    assertEquals(List.of("040 AFGGOV>RUSGOV"), codes(dyad("AFGGOV:*", false)));
    assertEquals(List.of(), codes(dyad("USA:RUS", false)));
  }

  @Test
  void codeDatesModalityQuadClassAndActorFilter() {
    assertEquals(List.of("0233 RUS>AFG"), codes(EventFilter.of(null, null, null, "02*", null, 100)));
    assertEquals(List.of("040 AFGGOV>RUSGOV"), codes(EventFilter.of(null, null, LocalDate.of(2021, 3, 2), null, null, 100)));
    assertEquals(List.of("190 RUS>AFG"), codes(EventFilter.of(null, null, null, null, "negated", 100)));
    assertEquals(List.of("040 AFGGOV>RUSGOV", "0233 RUS>AFG"), codes(EventFilter.of(null, null, null, null, EventFilter.FACTUAL, 100)));
    assertEquals(List.of("190 RUS>AFG"), codes(EventFilter.all(100).quadClasses(EventFilter.MATERIAL)), "material acts only");
    assertEquals(List.of("040 AFGGOV>RUSGOV", "0233 RUS>AFG"), codes(EventFilter.all(100).quadClasses(Set.of(1))));
    assertEquals(List.of("040 AFGGOV>RUSGOV"), codes(EventFilter.all(100).named("oleg petrov")), "the name as source or target, any case");
  }

  @Test
  void eventsComeInDateOrderAPageAtATimeWithTheirCount() {
    corpus.add(Articles.telling("early", LocalDate.of(2021, 2, 1), List.of(Articles.on("2021-02-01", "IRN", "IRQ", "040", 1),
        Articles.on(null, "IRN", "IRQ", "042", 1))), "early.txt");
    corpus.add(Articles.telling("undated", null, List.of(Articles.on("PAST_REF", "IRN", "IRQ", "043", 1))), "undated.txt");
    assertEquals(List.of("2021-02-01", "2021-02-01", "2021-03-01", "2021-03-03", "2021-03-03", "-"),
        q.events(EventFilter.all(100)).items().stream().map(e -> e.day() == null ? "-" : e.day().toString()).toList(),
        "calendar order, the article's day for an undated event, no day last");
    Slice<EventRow> page = q.events(EventFilter.all(100).page(2, 2));
    assertEquals("040 0233 6 2 4", page.items().get(0).code() + " " + page.items().get(1).code() + " " + page.total() + " "
        + page.offset() + " " + page.nextOffset());
    assertEquals(-1, q.events(EventFilter.all(100).page(4, 2)).nextOffset(), "the last page");
    assertEquals(0, q.events(EventFilter.all(100).page(10, 2)).items().size());
  }

  @Test
  void eventsCarryTheirEvidenceCodeNameAndPlace() {
    EventRow e = q.events(EventFilter.of(null, null, null, "0233", null, 10)).items().get(0);
    assertEquals("Russia pledged wheat to Afghanistan", e.evidence());
    assertEquals("Talks in Kabul", e.title());
    assertEquals("Appeal for humanitarian aid", e.codeName());
    assertEquals("1 [" + e.article() + "]", e.mentions() + " " + e.articles());
    assertNull(e.place(), "no place is attached to the pledge, and the article has no dateline");
    assertNull(e.placeSource());
    EventRow talks = q.events(EventFilter.of(null, null, null, "040", null, 10)).items().get(0);
    assertEquals(new Place("Kabul", 1138958L, 34.53, 69.17, "AFG", "city"), talks.place());
    assertEquals("text", talks.placeSource());
  }

  @Test
  void anEventWithoutAPlaceTakesItsDatelinesMarkedAsSuch() {
    corpus.add(Articles.withDateline("w1"), "w1.txt");
    List<String> places = q.events(EventFilter.all(100)).items().stream().filter(e -> e.article().equals(keyOf("w1")))
        .map(e -> e.code() + " " + e.place().name() + " " + e.placeSource()).toList();
    assertEquals(List.of("040 Kabul text", "0233 Kabul dateline", "190 Kabul dateline"), places);
    PlaceRow kabul = q.places(EventFilter.all(100), 5).items().get(0);
    assertEquals("Kabul 4 2", kabul.place().name() + " " + kabul.count() + " " + kabul.fromDateline());
  }

  private String keyOf(String id) {
    return q.articles(0, 100).items().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().key();
  }

  @Test
  void placesGroupTheEventsThatHaveAnActionPlaceMostEventsFirst() {
    String other = Articles.TEXT.replace("KABUL, March 3 --", "HERAT, March 4 --");
    corpus.add(Articles.talks("b1", other, null), "b1.txt");
    EventFilter dyad = dyad("AFG:RUS", false).page(0, 10);
    List<PlaceRow> places = q.places(dyad, 5).items();
    assertEquals(List.of("Kabul 2 [040, 040]"), places.stream()
        .map(p -> p.place().name() + " " + p.count() + " " + p.events().stream().map(EventRow::code).toList()).toList(),
        "two articles tell of talks in Kabul; the pledge and the negated fight have no place");
    assertEquals(1, q.places(dyad, 1).items().get(0).events().size(), "the events listed per place are capped, the count is not");
    assertEquals(2, q.places(dyad, 1).items().get(0).count());
    assertTrue(q.places(dyad("USA:RUS", false), 5).items().isEmpty());
    assertTrue(q.places(EventFilter.of(null, null, null, "02*", null, 10), 5).items().isEmpty());
  }

  @Test
  void reportsOfOneEventInSeveralArticlesAndCopiesAreOneRecord() {
    String other = Articles.TEXT.replace("KABUL, March 3 --", "ISLAMABAD, March 3 (Agency) --") + "\n\nMore talks are planned.";
    corpus.add(Articles.talks("b1", other, null), "b1.txt");
    corpus.add(Articles.talks("b2", "Thumbnail\n\n" + other, "b1"), "b2.txt");
    Slice<EventRow> merged = q.reports(dyad("AFG:RUS", false));
    assertEquals(List.of("040 3", "0233 3", "190 3"), merged.items().stream().map(r -> r.code() + " " + r.mentions()).toList(),
        "two articles and a copy of the second tell each event (the negated one stays apart, with its own modality)");
    assertEquals(2, merged.items().get(0).articles().size());
    assertEquals("Kabul", merged.items().get(0).place().name());
    assertNull(merged.items().get(1).place());
    Slice<EventRow> first = q.reports(dyad("AFG:RUS", false).page(1, 1));
    assertEquals(List.of("0233 3"), first.items().stream().map(r -> r.code() + " " + r.mentions()).toList(),
        "the page counts merged events, after every report was merged");
    assertEquals(3, first.total());
  }

  @Test
  void timelineCountsQuadClassesAndMeanGoldsteinPerPeriodWithEmptyPeriodsBetween() {
    List<TimelineRow> days = q.timeline(dyad("AFG:RUS", false), Period.DAY).periods();
    assertEquals(3, days.size());
    assertEquals(new TimelineRow(LocalDate.of(2021, 3, 1), 1, 1, 0, 0, 0, 1.0), days.get(0));
    assertEquals(new TimelineRow(LocalDate.of(2021, 3, 2), 0, 0, 0, 0, 0, null, null, null), days.get(1), "an empty day, not a trend");
    assertEquals(new TimelineRow(LocalDate.of(2021, 3, 3), 2, 1, 0, 0, 1, -3.3), days.get(2));
    List<TimelineRow> weeks = q.timeline(EventFilter.all(100), Period.WEEK).periods();
    assertEquals(List.of(LocalDate.of(2021, 3, 1)), weeks.stream().map(TimelineRow::period).toList());
    EventFilter march = EventFilter.of(null, LocalDate.of(2021, 2, 20), LocalDate.of(2021, 3, 20), null, null, 100);
    assertEquals("2021-02-15 2021-03-15 5", span(q.timeline(march, Period.WEEK)), "out to the days asked for");
  }

  private static String span(Timeline t) {
    return t.periods().get(0).period() + " " + t.periods().get(t.periods().size() - 1).period() + " " + t.periods().size();
  }

  @Test
  void aCoarseDateIsLeftOutOfFinerPeriodsAndCounted() {
    corpus.add(Articles.telling("m", LocalDate.of(2021, 3, 20), List.of(Articles.on("2021-03", "AFG", "RUS", "040", 1),
        Articles.on("2021-W10", "AFG", "RUS", "040", 1), Articles.on("P2W", "AFG", "RUS", "040", 1))), "m.txt");
    Timeline days = q.timeline(dyad("AFG:RUS", false), Period.DAY);
    assertEquals("2 1 3", days.coarser() + " " + days.undated() + " " + days.periods().stream().mapToInt(TimelineRow::events).sum(),
        "the month and the week are no day; the duration has none");
    Timeline weeks = q.timeline(dyad("AFG:RUS", false), Period.WEEK);
    assertEquals("1 4", weeks.coarser() + " " + weeks.periods().stream().mapToInt(TimelineRow::events).sum());
    Timeline months = q.timeline(dyad("AFG:RUS", false), Period.MONTH);
    assertEquals("0 5", months.coarser() + " " + months.periods().get(0).events());
    EventFilter decades = EventFilter.of(null, LocalDate.of(1900, 1, 1), LocalDate.of(2021, 3, 20), null, null, 100);
    assertThrows(IllegalArgumentException.class, () -> q.timeline(decades, Period.DAY), "too many periods to draw");
  }

  @Test
  void dyadsByVolumeAndByChange() {
    corpus.add(Articles.telling("x", LocalDate.of(2021, 3, 10), List.of(Articles.on("2021-03-10", "IRNGOV", "IRQ", "040", 1),
        Articles.on("2021-03-09", "IRQ", "IRN", "043", 1), Articles.on("2021-03-08", "IRN", "IRQ", "036", 1),
        Articles.on("2021-03-08", "IRN", "IRQ", "036", 1), Articles.on("2021-03-08", "REB", "IRQ", "190", 4))), "x.txt");
    corpus.add(Articles.telling("y", LocalDate.of(2021, 2, 1), List.of(Articles.on("2021-02-01", "AFG", "RUS", "040", 1),
        Articles.on("2021-02-01", "AFG", "RUS", "040", 1), Articles.on("2021-02-02", "RUS", "AFG", "040", 1))), "y.txt");
    List<String> volume = q.dyads(EventFilter.all(100), 7, false).items().stream()
        .map(d -> d.dyad() + " " + d.events() + " " + d.recent() + " " + d.previous() + " " + d.change()).toList();
    assertEquals(List.of("AFG:RUS 6 0 3 -3", "IRN:IRQ 4 4 0 4", "IRQ:REB 1 1 0 1"), volume,
        "either direction is one dyad; a side without a country is its actor code; windows end on the last event's day");
    List<String> change = q.dyads(EventFilter.all(100), 7, true).items().stream().map(DyadRow::dyad).toList();
    assertEquals(List.of("IRN:IRQ", "AFG:RUS", "IRQ:REB"), change, "the largest change first, up or down");
    Slice<DyadRow> of = q.dyads(EventFilter.of(Dyad.parse("IRQ:*", false), null, null, null, null, 1), 7, false);
    assertEquals("IRN:IRQ 2", of.items().get(0).dyad() + " " + of.total(), "the dyads of one actor, a page of one");
    Slice<DyadRow> march = q.dyads(EventFilter.of(null, null, LocalDate.of(2021, 3, 3), null, null, 10), 7, false);
    assertEquals("AFG:RUS 6 3 0", march.items().get(0).dyad() + " " + march.items().get(0).events() + " "
        + march.items().get(0).recent() + " " + march.items().get(0).previous(), "the windows end on the last day asked for");
  }

  @Test
  void quotesBySpeakerAndByActorMentioned() {
    assertEquals(1, q.quotes("RAHIMI", null, 0, 10).total());
    assertEquals(1, q.quotes("person:amir-rahimi", null, 0, 10).items().size());
    assertEquals(0, q.quotes("Petrov", null, 0, 10).items().size());
    assertEquals(0, q.quotes(null, "RUS", 0, 10).items().size(), "the quote itself names no Russian actor");
  }

  @Test
  void actorsListEntitiesWithCountsAndTitles() {
    Slice<ActorRow> persons = q.actors("person", 0, 10);
    assertEquals(2, persons.total());
    ActorRow rahimi = persons.items().stream().filter(a -> a.name().equals("Amir Rahimi")).findFirst().orElseThrow();
    assertEquals(new ActorRow("person:amir-rahimi", "PERSON", "Amir Rahimi", "AFG", "dateline", "AFGGOV", 1, 1, List.of("foreign minister")), rahimi);
    assertEquals(rahimi, q.actor("person:amir-rahimi").orElseThrow());
    assertTrue(q.actor("person:nobody").isEmpty());
  }

  @Test
  void articlesPageInDateOrderAndReturnTheirJson() {
    corpus.add(Articles.telling("older", LocalDate.of(2020, 1, 1), List.of()), "older.txt");
    Slice<ArticleRow> page = q.articles(0, 10);
    assertEquals(List.of("older", "a1"), page.items().stream().map(ArticleRow::id).toList());
    assertEquals(1, page.items().get(1).quotes());
    assertEquals(3, page.items().get(1).events());
    assertEquals("a1 2", q.articles(1, 10).items().get(0).id() + " " + q.articles(1, 10).total());
    assertTrue(q.articleJson(page.items().get(1).key()).orElseThrow().contains("\"title\":\"Talks in Kabul\""));
    assertTrue(q.articleJson("nope").isEmpty());
  }
}
