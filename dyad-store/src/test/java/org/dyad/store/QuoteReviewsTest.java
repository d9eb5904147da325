package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteReviewsTest {
  @TempDir
  Path dir;

  private static Corpus open(Path d) {
    return TickingClock.open(d);
  }

  private static QuoteRow quote(Corpus c, int i) {
    return c.queries().quotes(null, null, 0, 100).items().get(i);
  }

  private static List<String> judged(Corpus c) {
    return c.queries().quoteReviews().quotes(0, 100).items().stream().map(r -> r.quote().speaker() + ": " + (r.review() == null ? "-"
        : r.review().review().verdict().id() + " " + r.review().review().part() + " " + r.review().review().speaker() + " "
        + r.review().review().speakerActor())).toList();
  }

  @Test
  void aJudgementIsStoredLatestWinsAndReIngestingKeepsIt() {
    try (Corpus c = open(dir)) {
      c.add(Articles.talks("a1"), "a1.txt");
      QuoteRow q = quote(c, 0);
      assertEquals(1, c.queries().quoteReviews().unreviewed(0, 10).total());
      c.review(new QuoteReview(QuoteKey.of(q), Verdict.WRONG, QuotePart.SPEAKER, null, null, "ben"));
      QuoteReviewRow row = c.review(new QuoteReview(QuoteKey.of(q), Verdict.CORRECTED, null, " Oleg Petrov ", "rusgov", "ana"));
      assertEquals("We want calm borders", row.text(), "the text the analyst judged is kept");
      assertEquals(0, c.queries().quoteReviews().unreviewed(0, 10).total(), "a judged quote leaves the queue");
      assertEquals(List.of("Amir Rahimi: corrected null Oleg Petrov RUSGOV"), judged(c), "the latest counts, the name stripped, the code upper");
      c.add(Articles.talks("a1"), "again.txt");
      assertEquals(List.of("Amir Rahimi: corrected null Oleg Petrov RUSGOV"), judged(c), "ingesting the same article again keeps it");
      assertEquals(0, c.queries().quoteReviews().stats().orphans());
    }
  }

  @Test
  void aQuoteGivenAnotherSpeakerInANewAnalysisDoesNotInheritTheVerdict() {
    Path first = dir.resolve("first");
    try (Corpus c = open(first)) {
      c.add(Articles.talks("a1"), "a1.txt");
      c.review(new QuoteReview(QuoteKey.of(quote(c, 0)), Verdict.RIGHT, null, null, null, "ana"));
    }
    try (Corpus c = open(dir.resolve("same"))) {
      c.add(Articles.talks("a1"), "a1.txt");
      assertEquals(1, c.importReviews(first));
      assertEquals(List.of("Amir Rahimi: right null null null"), judged(c), "the same quote coded again keeps its judgement");
    }
    try (Corpus c = open(dir.resolve("recoded"))) {
      AnalyzedArticle a = Articles.talks("a1");
      Quote was = a.quotes().get(0);
      Quote recoded = new Quote(was.start(), was.end(), was.text(), was.direct(), was.cue(),
          new Speaker("Oleg Petrov", was.end() + 4, was.end() + 10, "RUSGOV", "envoy"), was.date(), was.dateSource());
      c.add(new AnalyzedArticle(a.id(), a.url(), a.source(), a.title(), a.published(), null, a.text(), null, a.entities(), List.of(recoded),
          List.of(), a.events(), List.of()), "a1.txt");
      assertEquals(1, c.importReviews(first));
      assertEquals(List.of("Oleg Petrov: -"), judged(c));
      assertEquals(1, c.queries().quoteReviews().stats().orphans());
      assertNull(c.queries().quoteReviews().stats().overall());
    }
  }

  @Test
  void precisionOfQuotesWithAWilsonInterval() {
    try (Corpus c = open(dir)) {
      c.add(Articles.talks("a1"), "a1.txt");
      c.add(Articles.talks("b1", Articles.TEXT + " More talks follow.", null), "b1.txt");
      c.review(new QuoteReview(QuoteKey.of(quote(c, 0)), Verdict.RIGHT, null, null, null, "ana"));
      c.review(new QuoteReview(QuoteKey.of(quote(c, 1)), Verdict.WRONG, QuotePart.NOT_QUOTE, null, null, "ana"));
      QuoteReviewStats s = c.queries().quoteReviews().stats();
      assertEquals("1/2", s.overall().right() + "/" + s.overall().judged());
      assertEquals(0.0945, s.overall().low(), 1e-4);
      assertEquals(0.9055, s.overall().high(), 1e-4);
      assertEquals("We want calm borders", s.overall().example());
      assertEquals(List.of("AFGGOV 1/2"), s.bySpeaker().stream().map(p -> p.group() + " " + p.right() + "/" + p.judged()).toList());
    }
  }

  @Test
  void aJudgementOfNoStoredQuoteOrWithABadValueIsRefusedAndWritesNothing() {
    try (Corpus c = open(dir)) {
      c.add(Articles.talks("a1"), "a1.txt");
      QuoteKey k = QuoteKey.of(quote(c, 0));
      QuoteKey ghost = new QuoteKey(k.article(), k.start(), k.end(), "Oleg Petrov", k.speakerActor());
      assertThrows(IllegalArgumentException.class, () -> c.review(new QuoteReview(ghost, Verdict.RIGHT, null, null, null, "ana")),
          "a quote with another speaker than coded");
      assertThrows(IllegalArgumentException.class, () -> new QuoteReview(k, Verdict.CORRECTED, null, "X", "<script>", "ana"), "actor code");
      assertThrows(IllegalArgumentException.class, () -> new QuoteReview(k, Verdict.CORRECTED, null, "a\u0000b", null, "ana"), "control");
      assertThrows(IllegalArgumentException.class, () -> new QuoteReview(k, Verdict.CORRECTED, null, "x".repeat(121), null, "ana"), "long");
      assertThrows(IllegalArgumentException.class, () -> new QuoteReview(k, Verdict.CORRECTED, null, " ", null, "ana"), "no speaker");
      assertThrows(IllegalArgumentException.class, () -> new QuoteReview(k, Verdict.RIGHT, null, null, "RUS", "ana"), "actor alone");
      assertThrows(IllegalArgumentException.class, () -> new QuoteReview(k, Verdict.WRONG, null, null, null, "ana"), "wrong needs a part");
      assertThrows(IllegalArgumentException.class, () -> new QuoteReview(k, Verdict.RIGHT, null, null, null, ""), "a name");
      assertThrows(IllegalArgumentException.class, () -> QuotePart.parse("code"), "an event's part is no quote's part");
      assertNull(c.queries().quoteReviews().stats().overall());
      assertEquals(1, c.queries().quoteReviews().unreviewed(0, 10).total());
    }
  }
}
