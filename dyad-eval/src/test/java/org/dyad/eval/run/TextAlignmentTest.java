package org.dyad.eval.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextAlignmentTest {
  private static final String GOLD = "Harbour talks resume\n\nThe  minister said:\n\u201cWe will\u00ADsign soon.\u201d\n  Talks go on.";
  private static final String CLEANED = "The minister said: \u201cWe willsign soon.\u201d\n\nTalks go on.";

  private static int[] gold(String part) {
    int s = CLEANED.indexOf(part);
    return TextAlignment.of(GOLD, CLEANED).span(s, s + part.length());
  }

  @Test
  void aSpanOfTheCleanedTextFindsItsCharactersInTheGold() {
    int s = GOLD.indexOf("\u201cWe");
    assertArrayEquals(new int[] {s, GOLD.indexOf("soon.\u201d") + 6}, gold("\u201cWe willsign soon.\u201d"));
    int t = GOLD.indexOf("Talks go");
    assertArrayEquals(new int[] {t, t + 12}, gold("Talks go on."));
  }

  @Test
  void spacesAtTheEdgesOfASpanAreNotPlaced() {
    int s = GOLD.indexOf("minister");
    assertArrayEquals(new int[] {s, s + 8}, gold(" minister "));
  }

  @Test
  void aParagraphTheGoldDoesNotHaveMapsNowhere() {
    String cleaned = "A line the cleaner wrote.\n\nTalks go on.";
    assertNull(TextAlignment.of(GOLD, cleaned).span(0, 6));
  }
}
