package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewsTest {
  @TempDir
  Path dir;

  private static Corpus open(Path d) {
    return TickingClock.open(d);
  }

  private static EventRow event(Corpus c, String code) {
    return c.queries().events(EventFilter.all(100)).items().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
  }

  private static Review right(EventRow e, String analyst) {
    return new Review(EventKey.of(e), Verdict.RIGHT, null, null, analyst);
  }

  private static Review wrong(EventRow e, WrongPart part) {
    return new Review(EventKey.of(e), Verdict.WRONG, part, null, "ben");
  }

  private static Review corrected(EventRow e, Correction c) {
    return new Review(EventKey.of(e), Verdict.CORRECTED, null, c, "ana");
  }

  private static List<String> reviewedView(Corpus c) {
    return c.reviews().events(EventFilter.all(100), true).items().stream().map(r -> {
      EventRow e = r.corrected();
      return e.code() + " " + e.root() + " q" + e.quadClass() + " " + e.source().actor() + ">" + e.target().actor() + " " + e.day()
          + " " + r.verdict();
    }).toList();
  }

  @Test
  void theLatestJudgementCountsTheEarlierOnesAreItsHistory() {
    try (Corpus c = open(dir)) {
      c.add(Articles.talks("a1"), "a1.txt");
      EventRow talks = event(c, "040");
      c.review(right(talks, "ana"));
      ReviewRow later = c.review(wrong(talks, WrongPart.CODE));
      c.review(corrected(event(c, "0233"), new Correction("070", null, "afggov", LocalDate.of(2021, 3, 2))));
      assertEquals(List.of("ben wrong code", "ana right -"), c.reviews().history(EventKey.of(talks)).stream()
          .map(r -> r.review().analyst() + " " + r.review().verdict().id() + " " + (r.review().part() == null ? "-" : r.review().part().id()))
          .toList());
      assertEquals(Articles.TEXT.substring(talks.start(), talks.end()), later.evidence(), "the evidence as judged is kept");
      assertEquals(List.of("070 07 q2 RUS>AFGGOV 2021-03-02 corrected", "190 19 q4 RUS>AFG 2021-03-03 null"), reviewedView(c),
          "the rejected event left out, the correction applied with the codebook's root and QuadClass");
      assertEquals(3, c.reviews().events(EventFilter.all(100), false).total(), "the coded view keeps every event");
      assertEquals(List.of("190"), c.reviews().unreviewed(EventFilter.all(100)).items().stream().map(r -> r.event().code()).toList());
      assertEquals(List.of("190"), c.reviews().unreviewed(EventFilter.of(Dyad.parse("RUS:AFG", true), null, null, null, null, 100))
          .items().stream().map(r -> r.event().code()).toList(), "a dyad's queue (the dyad's columns are the event's, not the review's)");
    }
  }

  @Test
  void judgementsApplyAgainToTheSameEventsCodedAgainAndTheRestAreOrphans() {
    Path first = dir.resolve("first");
    try (Corpus c = open(first)) {
      c.add(Articles.talks("a1"), "a1.txt");
      c.add(Articles.telling("other", LocalDate.of(2021, 2, 1), List.of(Articles.on("2021-02-01", "IRN", "IRQ", "040", 1))), "o.txt");
      c.review(right(c.queries().events(EventFilter.all(100).named("Amir Rahimi")).items().get(0), "ana"));
      c.review(wrong(event(c, "0233"), WrongPart.TARGET));
      c.review(right(event(c, "040"), "ana"));
      c.add(Articles.talks("a1"), "again.txt");
      assertEquals(List.of(), c.reviews().orphans(), "ingesting the same article again changes no judgement");
    }
    Path second = dir.resolve("second");
    try (Corpus c = open(second)) {
      AnalyzedArticle a = Articles.talks("a1");
      List<Event> recoded = new ArrayList<>(a.events());
      Event aid = recoded.get(1);
      recoded.set(1, new Event(aid.source(), aid.target(), "0234", "02", 2, 5.2, "AID", aid.date(), aid.dateSource(), aid.modality(),
          aid.start(), aid.end()));
      c.add(new AnalyzedArticle(a.id(), a.url(), a.source(), a.title(), a.published(), null, a.text(), null, a.entities(), a.quotes(),
          List.of(), recoded, List.of()), "a1.txt");
      assertEquals(3, c.importReviews(first));
      assertEquals(0, c.importReviews(first), "imported once");
      assertEquals("right", c.reviews().history(EventKey.of(event(c, "040"))).get(0).review().verdict().id(),
          "the same event coded again in a new analysis keeps its judgement");
      assertEquals(List.of("0233: coded differently now: 0234 RUS -> AFG; 190 RUS -> AFG", "040: the article is not in the store"),
          c.reviews().orphans().stream().map(o -> o.review().review().event().code() + ": " + o.why()).toList());
      assertEquals(2, c.reviews().stats().orphans());
    }
  }

  @Test
  void precisionByRootActorAndLexiconWithWilsonIntervals() {
    try (Corpus c = open(dir)) {
      c.add(Articles.talks("a1"), "a1.txt");
      c.review(right(event(c, "040"), "ana"));
      c.review(wrong(event(c, "190"), WrongPart.NOT_EVENT));
      ReviewStats s = c.reviews().stats();
      assertEquals("1/2", s.overall().right() + "/" + s.overall().judged());
      assertEquals(0.0945, s.overall().low(), 1e-4);
      assertEquals(0.9055, s.overall().high(), 1e-4);
      assertEquals(List.of("19 0/1", "04 1/1"), s.byRoot().stream().map(p -> p.group() + " " + p.right() + "/" + p.judged()).toList(),
          "most judged not right first");
      assertEquals(List.of("AFG 0/1", "RUS 0/1", "AFGGOV 1/1", "RUSGOV 1/1"),
          s.byActor().stream().map(p -> p.group() + " " + p.right() + "/" + p.judged()).toList());
      assertEquals("(no lexicon entry) 1/2", s.byLexicon().get(0).group() + " " + s.byLexicon().get(0).right() + "/" + s.byLexicon().get(0).judged());
      assertTrue(s.byRoot().get(0).example().startsWith("Russia pledged"), "an example of what went wrong");
      assertNull(s.byRoot().get(1).example());
    }
  }

  @Test
  void theGoldOfASpanIsKnownOnlyWhenEveryEventThereIsJudged() {
    try (Corpus c = open(dir)) {
      c.add(Articles.talks("a1"), "a1.txt");
      c.review(corrected(event(c, "040"), new Correction("042", null, null, null)));
      c.review(right(event(c, "0233"), "ana"));
      List<String> spans = c.reviews().spans().stream().map(s -> s.evidence().substring(0, 6) + " " + s.published() + " "
          + s.truth().map(t -> t.stream().map(EventRow::code).toList().toString()).orElse("unknown")).toList();
      assertEquals(List.of("Amir R 2021-03-03 [042]", "Russia 2021-03-03 unknown"), spans, "the 190 beside the 0233 is not judged");
      c.review(wrong(event(c, "190"), WrongPart.NOT_EVENT));
      assertEquals("[0233]", c.reviews().spans().get(1).truth().orElseThrow().stream().map(EventRow::code).toList().toString());
    }
  }

  @Test
  void aJudgementOfNoStoredEventOrWithABadValueIsRefusedAndWritesNothing() {
    try (Corpus c = open(dir)) {
      c.add(Articles.talks("a1"), "a1.txt");
      EventRow e = event(c, "040");
      EventKey ghost = new EventKey(e.article(), e.start(), e.end(), "041", "AFGGOV", "RUSGOV");
      assertThrows(IllegalArgumentException.class, () -> c.review(new Review(ghost, Verdict.RIGHT, null, null, "ana")));
      assertThrows(IllegalArgumentException.class, () -> new Correction("999", null, null, null), "a code the codebook lacks");
      assertThrows(IllegalArgumentException.class, () -> new Correction(null, "<script>", null, null), "an actor code by its grammar");
      assertThrows(IllegalArgumentException.class, () -> new Correction(null, null, null, null), "a correction of nothing");
      assertThrows(IllegalArgumentException.class, () -> new Review(EventKey.of(e), Verdict.WRONG, null, null, "ana"), "wrong needs a part");
      assertThrows(IllegalArgumentException.class, () -> new Review(EventKey.of(e), Verdict.RIGHT, null, null, " "), "a name");
      assertEquals(0, c.reviews().stats().byRoot().size());
      assertNull(c.reviews().stats().overall());
    }
  }
}
