package org.dyad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static List<String> quotes(String text) {
    return QuoteMarks.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void straightCurlyAndGuillemetQuotes() {
    assertEquals(List.of("We welcome it.", "But more is needed.", "Nyet", "the caretaker president"),
        quotes("\"We welcome it.\" said X. \u201CBut more is needed.\u201D \u00ABNyet\u00BB he would become \u2018the caretaker president\u2019."));
  }

  @Test
  void apostrophesDoNotOpenOrCloseQuotes() {
    assertEquals(List.of("Russia\u2019s position is clear"), quotes("Kabulov\u2019s aide said \u2018Russia\u2019s position is clear\u2019 today."));
    assertEquals(List.of(), quotes("It\u2019s the country\u2019s choice."));
  }

  @Test
  void aQuoteRunsOverParagraphsWhenTheNextOneReopens() {
    String text = "\u201CWe will help.\n\n\u201CAnd we will stay,\u201D he said.";
    assertEquals(List.of("We will help.\n\n\u201CAnd we will stay,"), quotes(text));
  }

  @Test
  void anUnclosedMarkIsIgnored() {
    assertEquals(List.of("yes"), quotes("He said \u201Cno\n\nThen \"yes\" came."));
  }

  @Test
  void manyMarksStayLinear() {
    String text = "\"".repeat(200_001);
    assertTrue(quotes(text).isEmpty());
  }

  @Test
  void mixedMarksCloseTheirQuotationAndAStraightMarkAfterAWordOpensNone() {
    String text = "There was \u201Cno evidence\" of it.\n\n\"We see no link,\" the mayor said.";
    assertEquals(List.of("no evidence", "We see no link,"), quotes(text));
  }

  @Test
  void twoApostrophesQuoteLikeADoubleMark() {
    assertEquals(List.of("The harbour is closed,", "Boats wait."), quotes("''The harbour is closed,'' the pilot said. ''Boats wait.''"));
    assertEquals(List.of(), quotes("the boys'' bikes"));
  }

  @Test
  void aStatementIsAtTheEdgeOfAQuotationWhenItOpensOrClosesWithOne() {
    assertTrue(atEdge("said it was \u201Ca disgrace.\u201D"));
    assertTrue(atEdge("''Never again,'' as she put it"));
    assertTrue(atEdge("he called it \"fake\""));
    assertEquals(false, atEdge("the \u201Cplan\u201D failed"));
    assertEquals(false, atEdge("the voters\u2019 choice"));
    assertEquals(false, atEdge(""));
    assertTrue(QuoteMarks.atEdge("Then: he called it \"fake\". Later", 6, 25));
  }

  private static boolean atEdge(String s) {
    return QuoteMarks.atEdge(s, 0, s.length());
  }
}
