package org.dyad.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.junit.jupiter.api.Test;

/** The scorer on invented two-sentence texts. */
class AttributionScorerTest {
  private static final String TEXT = "\u201CThe bridge will open in May,\u201D the mayor said. Officials expect heavy traffic, a planner added.";

  private static TextSpan span(String part) {
    int at = TEXT.indexOf(part);
    return new TextSpan(at, at + part.length());
  }

  private static Attribution attr(String content, String source, boolean direct) {
    return new Attribution(List.of(span(content)), source == null ? List.of() : List.of(span(source)),
        source == null ? "" : source, direct);
  }

  private static final Attribution GOLD_DIRECT = attr("\u201CThe bridge will open in May,\u201D", "the mayor", true);
  private static final Attribution GOLD_INDIRECT = attr("Officials expect heavy traffic", "a planner", false);

  @Test
  void overlapIsSharedOverGoldCharactersWithoutMarks() {
    Map<Setting, Counts> c = AttributionScorer.score(TEXT, List.of(GOLD_DIRECT, GOLD_INDIRECT),
        List.of(attr("The bridge will open", "mayor", true), attr("traffic", null, false)));
    // "The bridge will open" covers 20 of the 28 gold characters (0.71): a match at 0.3, not at 0.8.
    assertEquals(new Counts(2, 2, 1, 1, 1), c.get(Setting.ALL_03));
    assertEquals(new Counts(2, 2, 0, 0, 0), c.get(Setting.ALL_08));
    assertEquals(new Counts(1, 1, 1, 1, 1), c.get(Setting.DIRECT_03));
  }

  @Test
  void exactIgnoresQuotationMarksAndWhitespace() {
    Counts c = AttributionScorer.score(TEXT, List.of(GOLD_DIRECT), List.of(attr("The bridge will open in May,", "the mayor", true)),
        Setting.ALL_EXACT);
    assertEquals(new Counts(1, 1, 1, 1, 1), c);
  }

  @Test
  void matchingIsOneToOneAndTakesTheBestPrediction() {
    Attribution small = attr("bridge", "the mayor", true);
    Attribution whole = attr("The bridge will open in May,", "the", true);
    List<AttributionScorer.Match> m = AttributionScorer.match(TEXT, List.of(GOLD_DIRECT, GOLD_DIRECT), List.of(small, whole), Setting.ALL_03);
    assertEquals(1, m.size());
    assertEquals(1, m.get(0).predicted());
  }

  @Test
  void speakerNeedsOverlapOrBothEmptyAndRelaxedAcceptsContainedNames() {
    assertTrue(AttributionScorer.speakerCorrect(GOLD_DIRECT, attr("May", "mayor", true)));
    assertFalse(AttributionScorer.speakerCorrect(GOLD_DIRECT, attr("May", null, true)));
    assertTrue(AttributionScorer.speakerCorrect(attr("May", null, true), attr("May", null, true)));
    Attribution elsewhere = new Attribution(List.of(span("May")), List.of(span("Officials")), "Mayor", true);
    assertFalse(AttributionScorer.speakerCorrect(GOLD_DIRECT, elsewhere));
    assertTrue(AttributionScorer.speakerNameMatches(GOLD_DIRECT, elsewhere));
  }

  @Test
  void splitQuotesWithOneCueBecomeOneAttribution() {
    String text = "\u201CWe are ready,\u201D she said. \u201CThe rest can wait.\u201D A poll found support.";
    Speaker she = new Speaker("Ana Ruiz", 16, 19, null, null);
    List<Quote> quotes = List.of(
        new Quote(1, 14, "We are ready,", true, "said", she, null, null),
        new Quote(27, 45, "The rest can wait.", true, "said", she, null, null),
        new Quote(54, 61, "support", false, "found", null, null, null));
    List<Attribution> a = QuoteAttributions.of(text, quotes);
    assertEquals(2, a.size());
    assertEquals(List.of(new TextSpan(1, 14), new TextSpan(27, 45)), a.get(0).content());
    assertTrue(a.get(0).direct());
    assertFalse(a.get(1).direct());
    assertFalse(a.get(1).hasSource());
  }

  @Test
  void reportSumsAndPrintsEverySetting() {
    QuoteReport r = QuoteReport.of(AttributionScorer.score(TEXT, List.of(GOLD_DIRECT), List.of(GOLD_DIRECT)));
    QuoteReport two = r.plus(r);
    assertEquals(2, two.documents());
    assertEquals(new Counts(2, 2, 2, 2, 2), two.get(Setting.DIRECT_08));
    assertEquals(1.0, two.get(Setting.ALL_EXACT).content().f1(), 1e-9);
    assertTrue(two.toTable().contains("direct overlap>0.3"));
  }
}
