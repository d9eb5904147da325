package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A personal pronoun as an actor: "He condemned ..." is the act of the last person of that gender
 * named before, never of someone of the other gender; and a verb of desire with a plain object is a
 * wish, not an appeal (sentences written for this test).
 */
class EventPronounIT {
  private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Kenyan Foreign Minister Ruth Achieng spoke in Nairobi on Monday. She condemned the Ugandan government over the \
      border raid. | KENGOV>UGAGOV:111:asserted
      Brazilian President Carlos Mendes arrived in Lima on Friday. Later he accused Bolivia of arming smugglers. \
      | BRAGOV>BOL:112:asserted
      """)
  void aPronounSubjectIsThePersonItStandsFor(String text, String expected) {
    String t = EventSentences.actors(text, DAY);
    assertTrue(t.contains(expected), t);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Chilean Foreign Minister Ana Rojas met reporters in Santiago on Monday. He accused Bolivia of meddling. | CHLGOV>BOL
      "We want a peaceful and united Bolivia," the Peruvian president said on Monday. | PERGOV>BOL:02
      """)
  void noActorWithoutAFittingPersonAndNoAppealWithoutSomeoneAsked(String text, String never) {
    String t = EventSentences.actors(text, DAY);
    assertFalse(t.contains(never), t);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Peruvian president wants Bolivia to withdraw its troops from the border. | PERGOV>BOL:02
      """)
  void aDesireThatAsksSomeoneToActIsAnAppeal(String text, String expected) {
    String t = EventSentences.actors(text, DAY);
    assertTrue(t.contains(expected), t);
  }
}
