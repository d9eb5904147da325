package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Refusals, intentions and appeals, empathy, host and visit, and casualties of an attack named by a
 * noun, on CoreNLP's real parses (sentences written for this test). Each actor is written by its
 * country (first three letters), as the role code is not the point here.
 */
class EventConstructionsIT {
  private static String events(String text) {
    return EventSentences.countries(text, LocalDate.of(2025, 4, 2));
  }

  @Test
  void refusingToMeetIsARejectedMeeting() {
    String t = events("Peru refused to meet Chilean officials on Tuesday.");
    assertTrue(t.contains("PER>CHL:125:asserted"), t);
    assertFalse(t.contains(":040:"), t);
    assertFalse(t.contains(":120:"), t);
  }

  @Test
  void aNegatedFutureReleaseIsARefusalToRelease() {
    String t = events("Bolivia will not release the Peruvian prisoners.");
    assertTrue(t.contains("BOL>PER:1243:asserted"), t);
    assertFalse(t.contains(":0841:") || t.contains(":0353:"), t);
  }

  @Test
  void decliningToSignAnAgreementRejectsIt() {
    String t = events("Ecuador declined to sign the agreement with Colombia.");
    assertTrue(t.contains("ECU>COL:127:asserted"), t);
    assertFalse(t.contains(":057:"), t);
  }

  @Test
  void notBeingReadyToSendAidRefusesAid() {
    String t = events("Norway is not ready to send aid to Chad.");
    assertTrue(t.contains("NOR>TCD:122:asserted"), t);
  }

  @Test
  void aNegatedPastActStaysNegated() {
    String t = events("Kenya did not meet Uganda last week.");
    assertTrue(t.contains("KEN>UGA:040:negated"), t);
    assertFalse(t.contains(":12"), t);
  }

  @Test
  void aNegatedFutureUseOfForceIsNoRejection() {
    String t = events("Paraguay will not attack Bolivia.");
    assertFalse(t.contains(":12"), t);
    assertFalse(t.contains(":asserted"), t);
  }

  @Test
  void aConditionalRefusalIsNotAsserted() {
    String t = events("Mali would not lift sanctions on Niger if the talks failed.");
    assertFalse(t.contains(":asserted"), t);
  }

  @Test
  void wantingToHelpIsAnIntentNotAnAppeal() {
    String t = events("Ghana wants to help Togo.");
    assertTrue(t.contains("GHA>TGO:033:"), t);
    assertFalse(t.contains(":020:"), t);
  }

  @Test
  void wantingSomeoneToHelpIsAnAppealForAid() {
    String t = events("Ghana wants Nigeria to help Togo.");
    assertTrue(t.contains("GHA>NGA:023:asserted"), t);
    assertTrue(t.contains("NGA>TGO:070:hypothetical"), t);
  }

  @Test
  void urgingTalksWithAThirdActorIsAnAppealToMeet() {
    String t = events("Brazil urged Argentina to end the dispute and to hold talks with Uruguay.");
    assertTrue(t.contains("BRA>ARG:026:asserted"), t);
    assertFalse(t.contains("BRA>URY"), t);
    assertFalse(t.contains("ARG>URY:040:asserted"), t);
  }

  @Test
  void callingOnACountryToActIsAnAppealNotAStatement() {
    String t = events("The Spanish foreign minister called on Morocco to free Spanish fishermen.");
    assertTrue(t.contains("ESP>MAR:025:asserted"), t);
    assertFalse(t.contains(":010:"), t);
  }

  @Test
  void condolencesToACountryAreEmpathy() {
    String t = events("The Canadian prime minister expressed condolences to Japan on Friday.");
    assertTrue(t.contains("CAN>JPN:018:asserted"), t);
  }

  @Test
  void sorrowOverAnEventInACityIsEmpathyWithItsCountry() {
    String t = events("Italy expressed sorrow over the shooting in Kharkiv.");
    assertTrue(t.contains("ITA>UKR:018:asserted"), t);
  }

  @Test
  void hostingAVisitorAlsoCodesTheVisit() {
    String t = events("Egypt hosted the Jordanian foreign minister on Sunday.");
    assertTrue(t.contains("EGY>JOR:043:asserted"), t);
    assertTrue(t.contains("JOR>EGY:042:asserted"), t);
  }

  @Test
  void aVisitDoesNotCodeTheHost() {
    String t = events("The Jordanian foreign minister visited Egypt on Sunday.");
    assertTrue(t.contains("JOR>EGY:042:asserted"), t);
    assertFalse(t.contains(":043:"), t);
  }

  @Test
  void hostingAPopulationIsNoVisit() {
    String t = events("Jordan hosts more than one million Syrians.");
    assertFalse(t.contains(":042:"), t);
  }

  @Test
  void soldiersKilledInShellingAreItsTarget() {
    String t = events("Three Syrian soldiers were killed in Turkish shelling on Monday.");
    assertTrue(t.contains("TUR>SYR:194:asserted"), t);
  }

  @Test
  void dyingInAnAirStrikeByForcesNamedAfterIt() {
    String t = events("Two Afghan policemen died in an air strike by American forces.");
    assertTrue(t.contains("USA>AFG:195:asserted"), t);
  }

  @Test
  void woundedInARocketAttackByRebels() {
    String t = events("Five Iraqi soldiers were wounded in a rocket attack by Syrian rebels.");
    assertTrue(t.contains("SYR>IRQ:194:asserted"), t);
  }

  @Test
  void notGivingPermissionIsARefusalToYield() {
    String t = events("Peru said it would not give permission to Chile to help Bolivia.");
    assertTrue(t.contains("PER>CHL:124:"), t);
    assertFalse(t.contains(":080:") || t.contains("CHL>BOL:070:asserted"), t);
  }

  @Test
  void theContentOfAnAppealIsNoStatementToWhomItNames() {
    String t = events("The Ukrainian president called on European partners to increase pressure on Moscow.");
    assertFalse(t.contains(":010:"), t);
  }

  @Test
  void decliningToSayIsADeclinedComment() {
    String t = events("The Turkish foreign minister declined to say whether Ankara would recognise the new government.");
    assertTrue(t.contains("TUR>-:011:asserted"), t);
    assertFalse(t.contains(":010:"), t);
  }

  @Test
  void refusingToReceiveAnEnvoyRejectsTheMeeting() {
    String t = events("The Kenyan foreign minister refused to receive the Ugandan envoy.");
    assertTrue(t.contains("KEN>UGA:125:asserted"), t);
    assertFalse(t.contains(":043:") || t.contains(":042:"), t);
  }

  @Test
  void rejectingAPlanIsNoStatementAboutWhatItNames() {
    String t = events("Hungary rejected the peace plan for Ukraine.");
    assertTrue(t.contains("HUN>UKR:127:asserted"), t);
    assertFalse(t.contains(":010:"), t);
  }

  @Test
  void permissionToSomeoneParsedAsAClauseStillNamesTheTarget() {
    String t = events("Lula said he would not give permission to Argentina to help Chile");
    assertTrue(t.contains("BRA>ARG:124:"), t);
  }

  @Test
  void aTelephoneConversationOfTwoLeadersIsATelephoneDiscussionEachWay() {
    String t = events("Chilean President Ana Rojas and Peruvian President Luis Soto held a telephone conversation on Monday.");
    assertTrue(t.contains("CHL>PER:041:asserted") && t.contains("PER>CHL:041:asserted"), t);
  }
}
