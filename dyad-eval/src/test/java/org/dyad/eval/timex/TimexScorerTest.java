package org.dyad.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.dyad.model.DateMention;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
  private static final String TEXT = "He left on Friday and returns in two weeks, said the man today.";
  private static final List<TimexGold> GOLD = List.of(
      new TimexGold(11, 17, "Friday", "DATE", "1998-08-07"),
      new TimexGold(33, 42, "two weeks", "DURATION", "P2W"),
      new TimexGold(57, 62, "today", "DATE", "1998-08-08"));
  private static final List<TimexDocument> DOCS = List.of(
      new TimexDocument("d1", LocalDate.of(1998, 8, 8), TEXT, GOLD),
      new TimexDocument("d2", null, "Nothing here.", List.of()));

  private static DateMention echo(TimexGold g) {
    return new DateMention(g.start(), g.end(), g.text(), g.type(), g.value());
  }

  @Test
  void goldEchoScoresOne() {
    BiFunction<String, LocalDate, List<DateMention>> echo =
        (text, dct) -> text.equals(TEXT) ? GOLD.stream().map(TimexScorerTest::echo).toList() : List.of();
    TimexReport r = TimexEval.evaluate(DOCS, echo);
    assertEquals(2, r.documents());
    for (Score s : List.of(r.relaxedScore(), r.strictScore(), r.typeScore(), r.valueScore())) {
      assertEquals(new Score(1, 1, 1), s);
    }
    assertEquals(1.0, r.valueAccuracy());
  }

  @Test
  void emptySystemScoresZero() {
    TimexReport r = TimexEval.evaluate(DOCS, (text, dct) -> List.of());
    assertEquals(new Score(0, 0, 0), r.relaxedScore());
    assertEquals(new Score(0, 0, 0), r.valueScore());
    assertEquals(0.0, r.valueAccuracy());
    assertEquals(3, r.gold());
  }

  @Test
  void shiftedSpanMatchesRelaxedButNotStrict() {
    List<DateMention> system = List.of(
        new DateMention(8, 17, "on Friday", "DATE", "1998-08-07"),
        new DateMention(33, 42, "two weeks", "DATE", "P2W"),
        new DateMention(57, 62, "today", "DATE", "1998-08-09"));
    TimexReport r = TimexScorer.score(GOLD, system);
    assertEquals(new Score(1, 1, 1), r.relaxedScore());
    assertEquals(2.0 / 3, r.strictScore().f1(), 1e-9);
    assertEquals(2.0 / 3, r.typeScore().f1(), 1e-9);
    assertEquals(2.0 / 3, r.valueScore().f1(), 1e-9);
    assertEquals(new TimexReport.TypeCounts(1, 1, 1), r.byGoldType().get("DURATION"));
    assertEquals(new TimexReport.TypeCounts(2, 2, 1), r.byGoldType().get("DATE"));
  }

  @Test
  void extraMentionsLowerPrecisionAndValueF1IsRelaxedF1TimesAccuracy() {
    List<DateMention> system = List.of(echo(GOLD.get(0)),
        new DateMention(0, 2, "He", "DATE", "x"),
        new DateMention(33, 36, "two", "DURATION", "P3W"));
    TimexReport r = TimexScorer.score(GOLD, system);
    assertEquals(2, r.relaxed());
    assertEquals(2.0 / 3, r.relaxedScore().precision(), 1e-9);
    assertEquals(r.relaxedScore().f1() * r.valueAccuracy(), r.valueScore().f1(), 1e-9);
  }

  @Test
  void oneSystemMentionMatchesOneGoldOnly() {
    List<DateMention> system = List.of(new DateMention(11, 42, TEXT.substring(11, 42), "DATE", "x"));
    TimexReport r = TimexScorer.score(GOLD, system);
    assertEquals(1, r.relaxed());
    assertEquals(0, r.strict());
  }

  @Test
  void tableListsEveryMeasure() {
    String table = TimexEval.evaluate(DOCS, (text, dct) -> List.of()).toTable();
    for (String word : List.of("relaxed", "strict", "type", "value", "DURATION")) {
      assertTrue(table.contains(word), table);
    }
  }

  @Test
  void rejectsInconsistentCounts() {
    assertThrows(IllegalArgumentException.class, () -> Score.of(3, 2, 5));
    assertThrows(IllegalArgumentException.class,
        () -> new TimexReport(1, 1, 1, 2, 0, 0, 0, java.util.Map.of()));
  }
}
