package org.dyad.core.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.dyad.model.GdeltTone;
import org.junit.jupiter.api.Test;

class GdeltToneCounterTest {
  private static final GdeltToneCounter SMALL = new GdeltToneCounter(
      Map.of("good", 1.9f, "calm", 1.3f, "bad", -2.5f, "no", -1.2f, "table", 0f));

  private static String compact(GdeltTone t) {
    return String.format(Locale.ROOT, "tone=%.3f pos=%.3f neg=%.3f polarity=%.3f words=%d",
        t.tone(), t.positive(), t.negative(), t.polarity(), t.words());
  }

  @Test
  void countsPerHundredWordsByHand() {
    // words: the ceasefire held good bad bad (42 and -- have no letter) = 6; 1 positive, 2 negative
    assertEquals("tone=-16.667 pos=16.667 neg=33.333 polarity=50.000 words=6",
        compact(SMALL.count("The ceasefire held; GOOD. 42 -- bad bad")));
  }

  @Test
  void balancedWordsCancelInToneButNotInPolarity() {
    // good news bad news no calm = 6 words; good, calm positive; bad, no negative
    assertEquals("tone=0.000 pos=33.333 neg=33.333 polarity=66.667 words=6",
        compact(SMALL.count("Good news, bad news: no calm!")));
  }

  @Test
  void aZeroValenceEntryIsNeither() {
    assertEquals("tone=0.000 pos=0.000 neg=0.000 polarity=0.000 words=2", compact(SMALL.count("the table")));
  }

  @Test
  void noWordsNoTone() {
    assertEquals("tone=0.000 pos=0.000 neg=0.000 polarity=0.000 words=0", compact(SMALL.count("")));
    assertEquals("tone=0.000 pos=0.000 neg=0.000 polarity=0.000 words=0", compact(SMALL.count(" 12 -- 3.5 !!")));
  }

  @Test
  void vaderLexiconGivesTheSigns() {
    GdeltTone t = GdeltToneCounter.vader().count("Peace talks succeeded. The attack killed nine.");
    assertEquals(7, t.words());
    assertTrue(t.positive() > 0 && t.negative() > 0, compact(t));
  }

  @Test
  void countsThatDoNotFitAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> GdeltTone.of(3, 2, 4));
    assertThrows(IllegalArgumentException.class, () -> GdeltTone.of(-1, 0, 4));
  }
}
