package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A noun phrase with a reduced passive clause ("the mayor ... detained in March") that the parser
 * reads as a clause of its own, with the noun its subject: the noun is still the patient of the verb
 * that governs the clause, and never the doer of the participle (sentences written for this test).
 */
class ReducedPassiveIT {
  private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # an object with an apposition and a participle, parsed as the verb's complement clause
      Turkey on Tuesday freed the mayor of the Syrian border town of Azaz, a member of a Kurdish party detained in \
      March, Syrian officials said. | TUR>SYRGOV:0841 | SYRGOV>
      # a passive subject with a participle, parsed as the passive verb's clausal subject
      The Pakistani civilians arrested for crossing the border were released on Friday by the Indian government. \
      | INDGOV>PAKCVL:0841 | PAKCVL>
      """)
  void theNounOfAReducedPassiveIsThePatient(String text, String expected, String neverSource) {
    String t = EventSentences.actors(text, DAY);
    assertTrue(t.contains(expected), t);
    assertFalse(t.contains(neverSource), t);
  }
}
