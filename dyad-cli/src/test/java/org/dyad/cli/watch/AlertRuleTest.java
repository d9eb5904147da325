package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlertRuleTest {
  @Test
  void theIssuesExampleIsAMaterialConflictCountOverEightCycles() {
    AlertRule r = AlertRule.parse("dyad=RUS:UKR,quad=4,above=2x");
    assertEquals("RUS:UKR", r.dyad().toString());
    assertEquals(AlertRule.Metric.COUNT, r.metric());
    assertEquals(4, r.quad());
    assertTrue(r.above() && r.ratio());
    assertEquals(2.0, r.threshold());
    assertEquals(8, r.window());
    assertFalse(r.days());
    assertEquals(1, r.min());
  }

  @Test
  void aCountDefaultsToMaterialConflictAndAMeanToEveryQuadClass() {
    assertEquals(4, AlertRule.parse("dyad=ISR:PSE,above=3x").quad());
    assertEquals(null, AlertRule.parse("dyad=ISR:PSE,metric=goldstein,below=-2,over=7d").quad());
    AlertRule r = AlertRule.parse(" dyad = isr>pse , metric=goldstein , below=-2.5 , over=7d , min=3 ");
    assertTrue(r.dyad().directed());
    assertEquals(-2.5, r.threshold());
    assertTrue(r.days());
    assertEquals(7, r.window());
    assertEquals(3, r.min());
  }

  @Test
  void ratiosAndDifferencesCompareAsDocumented() {
    AlertRule twice = AlertRule.parse("dyad=RUS:UKR,above=2x");
    assertTrue(twice.crosses(4, 2));
    assertFalse(twice.crosses(3.9, 2));
    assertTrue(twice.crosses(1, 0), "something out of nothing is above any ratio");
    AlertRule half = AlertRule.parse("dyad=RUS:UKR,below=0.5x");
    assertTrue(half.crosses(1, 2));
    assertFalse(half.crosses(1.5, 2));
    AlertRule drop = AlertRule.parse("dyad=RUS:UKR,metric=goldstein,below=-2");
    assertTrue(drop.crosses(-7, -4.5));
    assertFalse(drop.crosses(-6, -4.5));
    AlertRule more = AlertRule.parse("dyad=RUS:UKR,above=+5");
    assertTrue(more.crosses(7, 2));
    assertFalse(more.crosses(6, 2));
  }

  @Test
  void sidesMatchAsTheStoreMatchesThem() {
    AlertRule either = AlertRule.parse("dyad=RUS:UKR,above=2x");
    assertTrue(either.matches("RUSMIL", "UKR", 4));
    assertTrue(either.matches("UKRGOV", "RUS", 4), "either way round");
    assertFalse(either.matches("RUSMIL", "UKR", 3), "a count is of material conflict unless told");
    assertFalse(either.matches("RUSMIL", null, 4));
    assertFalse(either.matches("BLR", "UKR", 4));
    AlertRule directed = AlertRule.parse("dyad=RUS>UKR,quad=3,above=2x");
    assertTrue(directed.matches("RUS", "UKRGOV", 3));
    assertFalse(directed.matches("UKR", "RUS", 3));
    assertTrue(AlertRule.parse("dyad=RUSGOV:*,above=2x").matches("USA", "RUSGOVMIL", 4));
  }

  @Test
  void badRulesSayWhatIsWrong() {
    assertBad("dyad=RUS:UKR", "give one of above= or below=");
    assertBad("dyad=RUS:UKR,above=2x,below=0.5x", "give one of above= or below=");
    assertBad("quad=4,above=2x", "dyad= is missing");
    assertBad("dyad=RUS,above=2x", "want two actors joined by ':'");
    assertBad("dyad=R1:UKR,above=2x", "bad dyad side 'R1'");
    assertBad("dyad=RUS:UKR,quad=5,above=2x", "quad= wants a QuadClass from 1 to 4");
    assertBad("dyad=RUS:UKR,above=double", "above= wants a ratio such as 2x or a difference");
    assertBad("dyad=RUS:UKR,metric=goldstein,below=0.5x", "compared by a difference");
    assertBad("dyad=RUS:UKR,metric=tone,above=2x", "metric= wants count or goldstein");
    assertBad("dyad=RUS:UKR,above=2x,over=2w", "over= wants a number of cycles (8c) or days (7d)");
    assertBad("dyad=RUS:UKR,above=2x,over=0c", "over= wants");
    assertBad("dyad=RUS:UKR,above=2x,min=0", "min= wants a whole number from 1");
    assertBad("dyad=RUS:UKR,above=2x,dyad=USA:CHN", "dyad= is given twice");
    assertBad("dyad=RUS:UKR,above=2x,when=now", "'when=now' is not one of");
    assertBad("dyad=RUS:UKR,,above=2x", "'' is not one of");
  }

  private static void assertBad(String rule, String says) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AlertRule.parse(rule));
    assertTrue(e.getMessage().startsWith("bad --alert '" + rule + "': ") && e.getMessage().contains(says), e.getMessage());
  }
}
