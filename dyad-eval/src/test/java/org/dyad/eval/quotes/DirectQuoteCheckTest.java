package org.dyad.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.junit.jupiter.api.Test;

class DirectQuoteCheckTest {
  private static final String TEXT = "Mayor Ines Lund said: \"The bridge opens in May.\" Critics disagreed. \"It will not,\" one said.";

  private static Attribution gold(String content, String source) {
    int s = TEXT.indexOf(content);
    int c = source == null ? -1 : TEXT.indexOf(source);
    return new Attribution(List.of(new TextSpan(s, s + content.length())),
        source == null ? List.of() : List.of(new TextSpan(c, c + source.length())), source == null ? "" : source, true);
  }

  private static Quote quote(String text, Speaker speaker) {
    int s = TEXT.indexOf(text);
    return new Quote(s, s + text.length(), text, true, "said", speaker, null, null);
  }

  @Test
  void eachGoldQuoteTakesTheBestUnmatchedPredictionAboveAThirdOfItsWords() {
    PolnearDocument doc = new PolnearDocument("d", null, TEXT, List.of(gold("\"The bridge opens in May.\"", "Mayor Ines Lund"),
        gold("\"It will not,\"", null)));
    int lund = TEXT.indexOf("Lund");
    AnalyzedArticle a = new AnalyzedArticle("d", null, null, null, null, null, TEXT, null, List.of(),
        List.of(quote("The bridge opens in May.", new Speaker("Ines Lund", lund, lund + 4, null, "mayor")),
            quote("Critics disagreed.", null)), List.of(), List.of(), List.of());
    DirectQuoteCheck c = DirectQuoteCheck.of(doc, a);
    assertEquals("1 of 2 gold, 2 found; speakers 1/1", c.matched() + " of " + c.gold() + " gold, " + c.predicted()
        + " found; speakers " + c.speakerRight() + "/" + c.speakerPairs());
  }

  @Test
  void aSpeakerIsRightWhenItsNameOrMentionMeetsTheSourcesContentWords() {
    int at = TEXT.indexOf("Lund");
    assertEquals(true, DirectQuoteCheck.speakerRight(new Speaker("Lund", at, at + 4, null, null), "the mayor, Ines Lund", TEXT));
    assertEquals(false, DirectQuoteCheck.speakerRight(new Speaker("Critics", 0, 5, null, null), "Ines Lund", TEXT));
    assertEquals(false, DirectQuoteCheck.speakerRight(null, "Ines Lund", TEXT));
  }
}
