package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which statements are verbal events and what they are: a warning that threatens no one is a
 * pessimistic comment, not a threat; an aim ("plans to") or an act someone is asked to do is no
 * statement; a state of readiness ("remained ready to") is an intention; a date is never the one
 * appealed to; the date of an accused act is not the accusation's (sentences written for this test).
 */
class EventStatementsIT {
  private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

  /**
   * Each row: what it shows, the sentence, the events it must code and the fragments its events must
   * not contain ({@link EventSentences#assertFragments}; {@code -}: none), actors by country.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
      a warning that the speaker's own country faces danger is a pessimistic comment | Kenya warned that Kenya could face a surge of refugees. | KEN>-:012:asserted | :13
      a warning about an impersonal danger is a pessimistic comment | Chile warned that the war in Sudan could spread to Chad. | :012:asserted | :13 :010:
      warning of a danger in a place is a comment about its country | The Egyptian foreign minister warned of a famine in Sudan. | EGY>SDN:012:asserted | :13
      warning that the speaker will act stays a threat | Ghana warned that it would retaliate against Togo. | GHA>-:130:asserted | :012:
      a speaker's warning that her country will act is no comment | Peruvian Foreign Minister Ana Cruz spoke in Lima on Monday. She warned that Peru would respond firmly to any incursion. | - | :012:
      a speaker's warning that her country could suffer is a comment | Peruvian Foreign Minister Ana Cruz spoke in Lima on Monday. She warned that Peru could face a wave of refugees. | PER>-:012:asserted | -
      warning someone against something stays a threat | Ghana warned Togo against any incursion. | GHA>TGO:130:asserted | -
      remaining ready to help is an intention to give aid | Russia said it did not see itself as a party to the dispute and remained ready to help the two sides reach a deal. | RUS>-:033: | :070:
      remaining prepared to provide aid is an intention | Brazil remained prepared to provide aid to Haiti. | BRA>HTI:033:intended | :070:
      standing ready to send aid is an intention to give aid | Chile stands ready to send aid to Peru. | CHL>PER:033:intended | -
      staying willing to meet is an intention to meet | Japan stayed willing to meet South Korean officials. | JPN>KOR:036:intended | -
      a plan is no statement | Chile plans to build a bridge to Peru. | - | :010:
      an aim in an adverbial clause is no statement | Japan has increased naval patrols near the islands as it seeks to pressure the government of South Korea. | - | :010:
      what someone is asked to stop is no statement of theirs | Norway on Tuesday called on Sweden to stop encouraging Danish fishermen to leave. | NOR>SWE:020:asserted | SWE>DNK
      a day is never the one appealed to | Peru on Monday called on Chile to release the fishermen. | PER>CHL:02 | -
      """)
  void codes(String what, String sentence, String present, String absent) {
    EventSentences.assertFragments(EventSentences.countries(sentence, DAY), present, absent);
  }

  @Test
  void theDateOfTheAccusedActIsNotTheAccusationsDate() {
    Event accusation = EventSentences.events("Bolivia accused Peru of carrying out a raid on a border post last week.", DAY,
        "112").get(0);
    assertEquals("2023-05-10 article", accusation.date() + " " + accusation.dateSource());
  }

  @Test
  void anAccusationJoinedToAStatementTakesTheStatementsDay() {
    Event accusation = EventSentences.events("The Chilean foreign minister said on Monday that talks with Argentina should"
        + " resume soon, and accused Argentina of carrying out a raid on a fishing port last week.", DAY, "112").get(0);
    assertEquals("2023-05-08", accusation.date());
  }
}
