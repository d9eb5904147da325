package org.dyad.eval.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.dyad.eval.events.GoldEvent;
import org.dyad.eval.events.GoldSentence;
import org.junit.jupiter.api.Test;

class ActorScorerTest {
  private static GoldSentence gold(GoldEvent... events) {
    return new GoldSentence("s", "TEST", null, "Text.", List.of(events), events.length == 0, "", null);
  }

  private static String shares(ActorCounts c) {
    return c.goldFound() + "/" + c.gold() + " full, " + c.countriesFound() + "/" + c.goldCountries() + " countries, "
        + c.dyadInGold() + "/" + c.dyad() + " dyad in gold, " + c.dyadCountryInGold() + " by country";
  }

  @Test
  void countsFullCodesAndCountriesBothWays() {
    GoldSentence g = gold(new GoldEvent("CANGOV", "MEX", "042"), new GoldEvent("---MIL", "CANGOV", "190"));
    ActorCounts c = ActorScorer.score(g, Arrays.asList("CAN", "MEX", "MIL", null, "BRA"));
    assertEquals("2/3 full, 2/2 countries, 2/4 dyad in gold, 2 by country", shares(c));
  }

  @Test
  void sentencesWithoutGoldEventsCountNothing() {
    assertEquals(ActorCounts.EMPTY, ActorScorer.score(gold(), List.of("PER")));
    assertEquals(true, ActorCounts.EMPTY.plus(ActorScorer.score(gold(new GoldEvent("PER", "CHL", "040")), List.of("PER")))
        .toTable().contains("gold codes found (full code)            1 of    2  0.500"));
  }
}
