package org.dyad.core.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VaderTest {
  /** VADER's own convention: a compound of 0.05 or more is positive, -0.05 or less negative. */
  private static final double NEUTRAL = 0.05;

  @Test
  void praiseIsPositive() {
    assertTrue(Vader.compound("The two foreign ministers praised the friendly and productive talks.") > 0.5);
  }

  @Test
  void violenceIsNegative() {
    assertTrue(Vader.compound("Rebels shelled the town, killing civilians and destroying homes.") < -0.5);
  }

  @Test
  void negationTurnsTheSign() {
    assertTrue(Vader.compound("The talks were good.") > NEUTRAL);
    assertTrue(Vader.compound("The talks were not good.") < -NEUTRAL);
  }

  @Test
  void factsAreNeutral() {
    assertEquals(0.0, Vader.compound("The delegation arrives in the capital on Monday."));
  }

  @Test
  void emptyAndWordlessTextsAreNeutral() {
    assertEquals(0.0, Vader.compound(""));
    assertEquals(0.0, Vader.compound("   \n\n "));
    assertEquals(0.0, Vader.compound("1914 -- 1918 ... 42%"));
    assertEquals(0.0, Vader.compound("!!! ???"));
  }

  @Test
  void capitalsStressAWordAmongLowerCase() {
    double plain = Vader.compound("The talks were good.");
    assertTrue(Vader.compound("The talks were GOOD.") > plain);
    assertTrue(Vader.compound("THE TALKS WERE GOOD.") > NEUTRAL, "all capitals keep the sign");
  }

  @Test
  void longTextsAreScoredInPiecesAndStayInRange() {
    String praise = "Officials welcomed the agreement as a great success. ".repeat(40);
    double c = Vader.compound(praise);
    assertTrue(c > 0.5 && c <= 1, "compound " + c);
    double noSpaces = Vader.compound("x".repeat(3 * Vader.PIECE + 7));
    assertEquals(0.0, noSpaces);
  }

  @Test
  void signAgreesWithHandLabelsOnDyadsOwnSentences() throws IOException {
    List<String[]> rows = labelled();
    int agree = 0;
    StringBuilder misses = new StringBuilder();
    for (String[] row : rows) {
      double c = Vader.compound(row[1]);
      String sign = c >= NEUTRAL ? "+" : c <= -NEUTRAL ? "-" : "0";
      if (sign.equals(row[0])) {
        agree++;
      } else {
        misses.append(String.format("%n  %s %+.3f %s", row[0], c, row[1]));
      }
    }
    System.out.printf("tone sign agreement on %d hand-labelled sentences: %d (%.1f %%)%s%n", rows.size(), agree,
        100.0 * agree / rows.size(), misses);
    assertEquals(36, rows.size());
    assertTrue(agree >= 0.8 * rows.size(), "sign agreement " + agree + "/" + rows.size() + misses);
  }

  static List<String[]> labelled() throws IOException {
    try (InputStream in = VaderTest.class.getResourceAsStream("/tone/labelled-sentences.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2)).toList();
    }
  }
}
