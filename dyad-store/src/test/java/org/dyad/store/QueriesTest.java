package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
    return q.events(f).stream().map(e -> e.code() + " " + e.sourceActor() + ">" + e.targetActor()).toList();
  }

  @Test
  void aDyadMatchesBothDirectionsUnlessDirected() {
    assertEquals(List.of("040 AFGGOV>RUSGOV", "0233 RUS>AFG", "190 RUS>AFG"),
        codes(new EventFilter(Dyad.parse("afg:rus", false), null, null, null, null, 0, 100)));
    assertEquals(List.of("040 AFGGOV>RUSGOV"), codes(new EventFilter(Dyad.parse("AFG:RUS", true), null, null, null, null, 0, 100)));
    assertEquals(List.of("040 AFGGOV>RUSGOV"), codes(new EventFilter(Dyad.parse("AFGGOV:*", false), null, null, null, null, 0, 100)));
    assertEquals(List.of(), codes(new EventFilter(Dyad.parse("USA:RUS", false), null, null, null, null, 0, 100)));
  }

  @Test
  void codeDatesModalityAndCursorFilter() {
    assertEquals(List.of("0233 RUS>AFG"), codes(new EventFilter(null, null, null, "02*", null, 0, 100)));
    assertEquals(List.of("040 AFGGOV>RUSGOV"), codes(new EventFilter(null, null, LocalDate.of(2021, 3, 2), null, null, 0, 100)));
    assertEquals(List.of("190 RUS>AFG"), codes(new EventFilter(null, null, null, null, "negated", 0, 100)));
    assertEquals(List.of("040 AFGGOV>RUSGOV", "0233 RUS>AFG"), codes(new EventFilter(null, null, null, null, EventFilter.FACTUAL, 0, 100)));
    long first = q.events(EventFilter.all(1)).get(0).eventId();
    assertEquals(2, q.events(new EventFilter(null, null, null, null, null, first, 100)).size());
  }

  @Test
  void eventsCarryTheirEvidence() {
    EventRow e = q.events(new EventFilter(null, null, null, "0233", null, 0, 10)).get(0);
    assertEquals("Russia pledged wheat to Afghanistan", e.evidence());
    assertEquals("Talks in Kabul", e.title());
    assertNull(e.place(), "no place is attached to the pledge");
    EventRow talks = q.events(new EventFilter(null, null, null, "040", null, 0, 10)).get(0);
    assertEquals(new Place("Kabul", 1138958L, 34.53, 69.17, "AFG", "city"), talks.place());
  }

  @Test
  void placesGroupTheEventsThatHaveAnActionPlaceMostEventsFirst() {
    String other = Articles.TEXT.replace("KABUL, March 3 --", "HERAT, March 4 --");
    corpus.add(Articles.talks("b1", other, null), "b1.txt");
    EventFilter dyad = new EventFilter(Dyad.parse("AFG:RUS", false), null, null, null, null, 0, 10);
    List<PlaceRow> places = q.places(dyad, 5);
    assertEquals(List.of("Kabul 2 [040, 040]"), places.stream()
        .map(p -> p.place().name() + " " + p.count() + " " + p.events().stream().map(EventRow::code).toList()).toList(),
        "two articles tell of talks in Kabul; the pledge and the negated fight have no place");
    assertEquals(1, q.places(dyad, 1).get(0).events().size(), "the events listed per place are capped, the count is not");
    assertEquals(2, q.places(dyad, 1).get(0).count());
    assertTrue(q.places(new EventFilter(Dyad.parse("USA:RUS", false), null, null, null, null, 0, 10), 5).isEmpty());
    assertTrue(q.places(new EventFilter(null, null, null, "02*", null, 0, 10), 5).isEmpty());
  }

  @Test
  void reportsOfOneEventInSeveralArticlesAndCopiesAreOneRecord() {
    String other = Articles.TEXT.replace("KABUL, March 3 --", "ISLAMABAD, March 3 (Agency) --") + "\n\nMore talks are planned.";
    corpus.add(Articles.talks("b1", other, null), "b1.txt");
    corpus.add(Articles.talks("b2", "Thumbnail\n\n" + other, "b1"), "b2.txt");
    List<ReportRow> merged = q.reports(new EventFilter(Dyad.parse("AFG:RUS", false), null, null, null, null, 0, 100));
    assertEquals(List.of("040 3", "0233 3", "190 3"), merged.stream().map(r -> r.code() + " " + r.mentions()).toList(),
        "two articles and a copy of the second tell each event (the negated one stays apart, with its own modality)");
    assertEquals(2, merged.get(0).articleKeys().size());
    assertEquals("Kabul", merged.get(0).place().name());
    assertNull(merged.get(1).place());
    List<ReportRow> first = q.reports(new EventFilter(Dyad.parse("AFG:RUS", false), null, null, null, null, 0, 1));
    assertEquals(List.of("040 3"), first.stream().map(r -> r.code() + " " + r.mentions()).toList(),
        "the limit counts merged events, after every report was merged");
  }

  @Test
  void timelineCountsQuadClassesAndMeanGoldsteinPerPeriod() {
    List<TimelineRow> days = q.timeline(new EventFilter(Dyad.parse("AFG:RUS", false), null, null, null, null, 0, 100), Period.DAY);
    assertEquals(2, days.size());
    assertEquals(new TimelineRow(LocalDate.of(2021, 3, 1), 1, 1, 0, 0, 0, 1.0), days.get(0));
    assertEquals(new TimelineRow(LocalDate.of(2021, 3, 3), 2, 1, 0, 0, 1, -3.3), days.get(1));
    List<TimelineRow> weeks = q.timeline(EventFilter.all(100), Period.WEEK);
    assertEquals(List.of(LocalDate.of(2021, 3, 1)), weeks.stream().map(TimelineRow::period).toList());
  }

  @Test
  void quotesBySpeakerAndByActorMentioned() {
    assertEquals(1, q.quotes("RAHIMI", null, 10).size());
    assertEquals(1, q.quotes("person:amir-rahimi", null, 10).size());
    assertEquals(0, q.quotes("Petrov", null, 10).size());
    assertEquals(0, q.quotes(null, "RUS", 10).size(), "the quote itself names no Russian actor");
  }

  @Test
  void actorsListEntitiesWithCountsAndTitles() {
    List<ActorRow> persons = q.actors("person", 10);
    assertEquals(2, persons.size());
    ActorRow rahimi = persons.stream().filter(a -> a.name().equals("Amir Rahimi")).findFirst().orElseThrow();
    assertEquals(new ActorRow("person:amir-rahimi", "PERSON", "Amir Rahimi", "AFG", "AFGGOV", 1, 1, List.of("foreign minister")), rahimi);
  }

  @Test
  void articlesPageByKeyAndReturnTheirJson() {
    List<ArticleRow> page = q.articles(null, 10);
    assertEquals(1, page.size());
    assertEquals(1, page.get(0).quotes());
    assertEquals(3, page.get(0).events());
    assertTrue(q.articles(page.get(0).key(), 10).isEmpty());
    assertTrue(q.articleJson(page.get(0).key()).orElseThrow().contains("\"title\":\"Talks in Kabul\""));
    assertTrue(q.articleJson("nope").isEmpty());
  }
}
