package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Who an event belongs to when the parse or the phrase misleads: a speaker's own act coordinated
 * into the clause it reports, an actor inside a relational phrase ("Russia's allies"), a country
 * that hosts counted people rather than visitors (sentences written for this test).
 */
class EventAttachmentIT {
  private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

  private static String actors(String text) {
    return EventSentences.actors(text, DAY);
  }

  @Test
  void aSpeechActJoinedAfterTheReportedClauseBelongsToTheSpeaker() {
    String t = actors("The Peruvian foreign minister said on Monday that Chileans should decide their own future through a"
        + " referendum, and accused Bolivia of meddling in the vote.");
    assertTrue(t.contains("PERGOV>BOL:112:asserted"), t);
    assertFalse(t.contains("CHL>BOL"), t);
  }

  @Test
  void anAskJoinedAfterAReportedCopulaClauseTakesTheSpeakersSubject() {
    String t = actors("The Mexican president said on Friday that Mexico was on course to finish the census by June, but asked"
        + " the Mexican army to prepare plans for a delay.");
    assertTrue(t.contains("MEXGOV>MEXMIL:020:asserted"), t);
    assertFalse(t.contains("MEX>MEXMIL"), t);
  }

  @Test
  void aSpeechActJoinedToAStatementOfAPronounTakesTheResolvedSpeaker() {
    String t = actors("Chilean Defence Minister Ana Rojas spoke in Santiago on Monday. She said that Chile was ready to act, and"
        + " accused Peru of planning an attack on its ports.");
    assertTrue(t.contains("CHLMIL>PER") && t.contains(":112:asserted"), "[" + t + "]");
    assertFalse(t.contains("CHL>PER:112"), t);
  }

  @Test
  void theSpeakersActJoinedToTheStatementTakesTheStatementsDate() {
    AnalyzedArticle a = EventSentences.analyzer().analyze("t", "The Mexican president said on Friday that Mexico was on"
        + " course to finish the census by June, but asked the Mexican army to prepare plans for a delay.", DAY);
    String dates = a.events().stream().filter(e -> e.code().equals("020")).map(Event::date).toList().toString();
    assertTrue(dates.equals("[2023-05-05]"), dates);
  }

  @Test
  void aTrueConjunctOfTheReportedClauseKeepsItsInnerSubject() {
    String t = actors("The Kenyan foreign minister said Russia would withdraw its troops and meet Ukraine.");
    assertTrue(t.contains("RUS>UKR:04"), t);
    assertFalse(t.contains("KENGOV>UKR:04"), t);
    String past = actors("The Kenyan foreign minister said that Russia expelled Ukrainian diplomats last year, and"
        + " shelled Ukrainian ports.");
    assertFalse(past.contains("KENGOV>UKR:19"), past);
  }

  @Test
  void anActorInsideARelationalPhraseIsNotItsActor() {
    String allies = actors("Russia's allies condemned the Georgian government.");
    assertFalse(allies.contains("RUS"), allies);
    String neighbours = actors("Foreign ministers of Brazil's neighbouring countries condemned the Venezuelan government.");
    assertFalse(neighbours.contains("BRA"), neighbours);
    String critics = actors("Critics of the Turkish government condemned Greece.");
    assertFalse(critics.contains("TUR"), critics);
  }

  @Test
  void anActorHeadingOrPossessingAnOrdinaryPhraseStaysItsActor() {
    String t = actors("Russia's foreign minister condemned the Georgian government.");
    assertTrue(t.contains("RUSGOV>GEOGOV:111:asserted"), t);
  }

  @Test
  void whoIsBlamedIsTheTargetNotWhatFor() {
    String t = actors("Chile blamed Peru for the blackout.");
    assertTrue(t.contains("CHL>PER:112:asserted"), t);
    String on = actors("Chile blamed the blackout on Peru.");
    assertTrue(on.contains("CHL>PER:112:asserted"), on);
  }

  @Test
  void aCallOnSomeoneParsedAsAParticleIsStillAnAppeal() {
    String t = actors("Chilean minister Ana Rojas called on Brazil to provide economic assistance to Haiti.");
    assertTrue(t.contains("CHLGOV>BRA:023:asserted") && t.contains("BRA>HTI:070:hypothetical"), t);
    assertFalse(t.contains(":041:"), t);
  }

  @Test
  void theOneCalledOnToActIsTheSourceOfTheAskedAct() {
    String t = actors("Kenyan spokesman Paul Otieno called on the United States to provide economic and humanitarian"
        + " assistance to Somalia, and urged Washington to lift its sanctions against the country.");
    assertTrue(t.contains("USA>SOM:070:hypothetical"), t);
    assertFalse(t.contains("KENGOV>SOM:070"), t);
  }

  @Test
  void hostingCountedPeopleIsNoVisit() {
    String t = actors("Jordan already hosts about two million Syrians.");
    assertFalse(t.contains(":043:") || t.contains(":042:"), t);
    String refugees = actors("Lebanon hosts thousands of Syrian refugees.");
    assertFalse(refugees.contains(":043:"), refugees);
  }

  @Test
  void hostingCountedOfficialsIsAVisit() {
    String t = actors("Jordan hosted two Syrian officials on Monday.");
    assertTrue(t.contains("JOR>SYRGOV:043:asserted") && t.contains("SYRGOV>JOR:042:asserted"), "[" + t + "]");
  }
  @Test
  void aNounBeforeABareParticipleIsWhatWasDoneToNotTheDoer() {
    // CoreNLP makes "mayor" the subject of "jailed" here, a clause of its own
    String t = actors("Chile on Monday released the mayor of the northern Peruvian city of Tacna, a member of an opposition"
        + " party jailed last year.");
    assertFalse(t.contains("PERGOV>"), t);
  }

  @Test
  void aSimplePastTaggedAsParticipleAtTheRootKeepsItsSubject() {
    String t = actors("Chile freed 30 Peruvian fishermen on Monday.");
    assertFalse(t.contains(">CHL"), t);
  }
}
