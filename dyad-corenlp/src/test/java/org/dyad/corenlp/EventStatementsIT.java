package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Which statements are verbal events and what they are: a warning that threatens no one is a
 * pessimistic comment, not a threat; an aim ("plans to") or an act someone is asked to do is no
 * statement; a state of readiness ("remained ready to") is an intention; a date is never the one
 * appealed to; the date of an accused act is not the accusation's (sentences written for this test).
 */
class EventStatementsIT {
  private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

  private static String events(String text) {
    return EventSentences.countries(text, DAY);
  }

  @Test
  void aWarningThatTheSpeakersOwnCountryFacesDangerIsAPessimisticComment() {
    String t = events("Kenya warned that Kenya could face a surge of refugees.");
    assertTrue(t.contains("KEN>-:012:asserted"), t);
    assertFalse(t.contains(":13"), t);
  }

  @Test
  void aWarningAboutAnImpersonalDangerIsAPessimisticComment() {
    String t = events("Chile warned that the war in Sudan could spread to Chad.");
    assertTrue(t.contains(":012:asserted"), t);
    assertFalse(t.contains(":13") || t.contains(":010:"), t);
  }

  @Test
  void warningOfADangerInAPlaceIsACommentAboutItsCountry() {
    String t = events("The Egyptian foreign minister warned of a famine in Sudan.");
    assertTrue(t.contains("EGY>SDN:012:asserted"), t);
    assertFalse(t.contains(":13"), t);
  }

  @Test
  void warningThatTheSpeakerWillActStaysAThreat() {
    String t = events("Ghana warned that it would retaliate against Togo.");
    assertTrue(t.contains("GHA>-:130:asserted"), t);
    assertFalse(t.contains(":012:"), t);
  }

  @Test
  void aSpeakersWarningThatHerCountryWillActIsNoComment() {
    String t = events("Peruvian Foreign Minister Ana Cruz spoke in Lima on Monday. She warned that Peru would respond firmly"
        + " to any incursion.");
    assertFalse(t.contains(":012:"), t);
  }

  @Test
  void aSpeakersWarningThatHerCountryCouldSufferIsAComment() {
    String t = events("Peruvian Foreign Minister Ana Cruz spoke in Lima on Monday. She warned that Peru could face a wave"
        + " of refugees.");
    assertTrue(t.contains("PER>-:012:asserted"), t);
  }

  @Test
  void warningSomeoneAgainstSomethingStaysAThreat() {
    String t = events("Ghana warned Togo against any incursion.");
    assertTrue(t.contains("GHA>TGO:130:asserted"), t);
  }

  @Test
  void remainingReadyToHelpIsAnIntentionToGiveAid() {
    String t = events("Russia said it did not see itself as a party to the dispute and remained ready to help the two sides"
        + " reach a deal.");
    assertTrue(t.contains("RUS>-:033:"), t);
    assertFalse(t.contains(":070:"), t);
  }

  @Test
  void remainingPreparedToProvideAidIsAnIntention() {
    String t = events("Brazil remained prepared to provide aid to Haiti.");
    assertTrue(t.contains("BRA>HTI:033:intended"), t);
    assertFalse(t.contains(":070:"), t);
  }

  @Test
  void standingReadyToSendAidIsAnIntentionToGiveAid() {
    String t = events("Chile stands ready to send aid to Peru.");
    assertTrue(t.contains("CHL>PER:033:intended"), t);
  }

  @Test
  void stayingWillingToMeetIsAnIntentionToMeet() {
    String t = events("Japan stayed willing to meet South Korean officials.");
    assertTrue(t.contains("JPN>KOR:036:intended"), t);
  }

  @Test
  void aPlanIsNoStatement() {
    String t = events("Chile plans to build a bridge to Peru.");
    assertFalse(t.contains(":010:"), t);
  }

  @Test
  void anAimInAnAdverbialClauseIsNoStatement() {
    String t = events("Japan has increased naval patrols near the islands as it seeks to pressure the government of"
        + " South Korea.");
    assertFalse(t.contains(":010:"), t);
  }

  @Test
  void whatSomeoneIsAskedToStopIsNoStatementOfTheirs() {
    String t = events("Norway on Tuesday called on Sweden to stop encouraging Danish fishermen to leave.");
    assertTrue(t.contains("NOR>SWE:020:asserted"), t);
    assertFalse(t.contains("SWE>DNK"), t);
  }

  @Test
  void aDayIsNeverTheOneAppealedTo() {
    String t = events("Peru on Monday called on Chile to release the fishermen.");
    assertTrue(t.contains("PER>CHL:02"), t);
  }

  @Test
  void theDateOfTheAccusedActIsNotTheAccusationsDate() {
    AnalyzedArticle a = EventSentences.analyzer().analyze("t", "Bolivia accused Peru of carrying out a raid on a border post"
        + " last week.", DAY);
    Event accusation = a.events().stream().filter(e -> e.code().equals("112")).findFirst().orElseThrow();
    assertEquals("2023-05-10 article", accusation.date() + " " + accusation.dateSource());
  }

  @Test
  void anAccusationJoinedToAStatementTakesTheStatementsDay() {
    AnalyzedArticle a = EventSentences.analyzer().analyze("t", "The Chilean foreign minister said on Monday that talks"
        + " with Argentina should resume soon, and accused Argentina of carrying out a raid on a fishing port last week.", DAY);
    Event accusation = a.events().stream().filter(e -> e.code().equals("112")).findFirst().orElseThrow();
    assertEquals("2023-05-08", accusation.date());
  }
}
