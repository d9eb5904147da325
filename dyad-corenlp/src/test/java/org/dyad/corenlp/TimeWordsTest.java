package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words that send a sentence to SUTime; no model is loaded. */
class TimeWordsTest {
  @Test
  void numbersMonthsWeekdaysUnitsAndReferenceWordsAnchorATime() {
    for (String w : List.of("1999", "mid-2010", "3:30", "June", "Sept.", "Thursday", "weeks", "decade-long", "tonight",
        "currently", "ago", "centuries", "Christmas", "biannually", "Q3", "o'clock", "nineties", "time")) {
      assertTrue(TimeWords.anchors(w), w);
    }
  }

  @Test
  void otherWordsDoNot() {
    for (String w : List.of("the", "minister", "said", "talks", "Kabul", "", "a", "last", "next")) {
      assertFalse(TimeWords.anchors(w), w);
    }
  }

  @Test
  void aSentenceNeedsOneAnchor() {
    assertTrue(TimeWords.mayHoldTime(labels("The", "envoy", "arrived", "on", "Monday", ".")));
    assertFalse(TimeWords.mayHoldTime(labels("The", "envoy", "met", "the", "governor", ".")));
  }

  private static List<CoreLabel> labels(String... words) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : words) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      out.add(l);
    }
    return out;
  }
}
