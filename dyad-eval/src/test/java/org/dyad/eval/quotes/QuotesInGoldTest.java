package org.dyad.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.junit.jupiter.api.Test;

class QuotesInGoldTest {
  @Test
  void quoteAndSpeakerOffsetsMoveIntoTheGoldText() {
    String gold = "Port strike ends\n\nUnion leader Mara Voss said:  \"We are back at work.\"";
    String cleaned = "Union leader Mara Voss said: \"We are back at work.\"";
    int q = cleaned.indexOf("We are");
    int s = cleaned.indexOf("Mara");
    Quote quote = new Quote(q, q + 19, "We are back at work.", true, "said", new Speaker("Mara Voss", s, s + 9, null, "leader"),
        null, null);
    AnalyzedArticle a = new AnalyzedArticle("d", null, null, null, null, null, cleaned, null, List.of(), List.of(quote),
        List.of(), List.of(), List.of());
    Quote moved = QuotesInGold.of(gold, a).get(0);
    assertEquals("We are back at work / Mara Voss", gold.substring(moved.start(), moved.end()) + " / "
        + gold.substring(moved.speaker().start(), moved.speaker().end()));
  }

  @Test
  void noAnalysisGivesNoQuotes() {
    assertEquals(List.of(), QuotesInGold.of("Some text.", null));
  }
}
