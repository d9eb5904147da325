package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.dyad.core.eval.events.SentenceAnalyzer;
import org.dyad.model.AnalyzedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event coder's rules, verb patterns, target rules and discards on CoreNLP's real parses, one
 * construction a test (sentences written for this test).
 */
class EventRulesIT {
  private static SentenceAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = EventSentences.analyzer();
  }

  /** "SOURCE>TARGET:code:modality" for each event, sorted. */
  private static String events(String text) {
    AnalyzedArticle a = analyzer.analyze("t", text, LocalDate.of(2023, 5, 10));
    return a.events().stream()
        .map(e -> e.source().actor() + ">" + (e.target() == null ? "-" : e.target().actor()) + ":" + e.code() + ":" + e.modality())
        .sorted().collect(Collectors.joining(" "));
  }

  @Test
  void aStatementAboutAnotherCountrysAttackIsAnAccusation() {
    String t = events("The Kenyan government said that Somali militants had shelled a border town.");
    assertTrue(t.contains("KENGOV>SOMREB:112:asserted"), t);
    assertFalse(t.contains(":010:"), t);
  }

  @Test
  void admittingOnesOwnAttackClaimsResponsibility() {
    String t = events("Turkey admitted that it had bombed Syrian positions.");
    assertTrue(t.contains("TUR>SYR:015:asserted"), t);
  }

  @Test
  void aPronounSubjectOfAReportedClauseIsTheReporter() {
    String t = events("Egypt said it freed Sudanese prisoners.");
    assertTrue(t.contains("EGY>SDN:0841:reported"), t);
  }

  @Test
  void anAppealTakesItsCodeFromWhatIsAskedAndTheAskedActIsNotAsserted() {
    String t = events("The Cuban government urged Venezuela to help Haiti.");
    assertTrue(t.contains("CUBGOV>VEN:023:asserted"), t);
    assertTrue(t.contains("VEN>HTI:070:hypothetical"), t);
  }

  @Test
  void aProtestTargetsTheCountryWhereItTakesPlace() {
    String t = events("Chilean students staged a protest in Paris.");
    assertTrue(t.contains("CHLEDU>FRA:141:asserted"), t);
  }

  @Test
  void aPlaceThatAnActionIsAimedAtStandsForItsCountry() {
    assertTrue(events("The Peruvian foreign minister visited Peshawar on Monday.").contains("PERGOV>PAK:042:asserted"));
    String t = events("Iranian soldiers shelled farms near Herat, and Pakistan did not bomb Kandahar.");
    assertTrue(t.contains("IRNMIL>AFG:194:asserted"), t);
    assertFalse(t.contains("PAK>AFG:195:asserted"), t);
    assertTrue(events("Afghan police arrested dozens in Herat.").contains("AFGCOP>AFG:173:asserted"));
    String groups = events("Afghan police arrested protesters in Herat.");
    assertTrue(groups.contains("AFGCOP>AFGOPP:173:asserted"), "local protesters are an actor of their own: " + groups);
  }

  @Test
  void aMeetingOfTwoNamedActorsInACityStaysBetweenThem() {
    String t = events("Peru and Chile will meet in Peshawar next week.");
    assertFalse(t.contains(">PAK:"), t);
  }

  @Test
  void whatIsReceivedFromSomeoneIsTheirAction() {
    String t = events("Bolivia received humanitarian aid from Peru on Monday.");
    assertTrue(t.contains("PER>BOL:073:asserted"), t);
  }

  @Test
  void anIntentionInsideAStatementKeepsItsIntentCode() {
    String t = events("The minister said that Norway is ready to boost support for Chad.");
    assertTrue(t.contains("NOR>TCD:033:reported"), t);
  }

  @Test
  void wouldInReportedSpeechIsAnAnnouncedIntention() {
    String t = events("Ghana announced that it would release Togolese prisoners.");
    assertTrue(t.contains("GHA>TGO:0353:"), t);
    assertFalse(t.contains("hypothetical"), t);
  }

  @Test
  void aWellKnownLeaderCarriesTheGovernmentCode() {
    String t = events("Angela Merkel visited Poland.");
    assertTrue(t.contains("DEUGOV>POL:042:asserted"), t);
  }

  /** Like {@link #events} with each actor by its country (first three letters), where the role code is not the point. */
  private static String countries(String text) {
    return EventSentences.countries(text, LocalDate.of(2024, 3, 6));
  }

  @Test
  void aScheduledActionKeepsItsOwnCode() {
    String t = countries("Chile will supply weapons to Ecuador next month.");
    assertTrue(t.contains("CHL>ECU:072:intended"), t);
  }

  @Test
  void anActionSomeoneSaysTheyWillTakeIsAnIntent() {
    String t = countries("Chile said it will supply weapons to Ecuador.");
    assertTrue(t.contains("CHL>ECU:033:"), t);
    assertFalse(t.contains(":072:"), t);
  }

  @Test
  void aTargetUnderAgainstWhenThePatternNamesNone() {
    String t = countries("Armenia mobilized against Azerbaijan on Tuesday.");
    assertTrue(t.contains("ARM>AZE:150:asserted"), t);
  }

  @Test
  void aVerbWithAParticle() {
    String t = countries("The Kenyan police cracked down on Somali traders.");
    assertTrue(t.contains("KEN>SOM:175:asserted"), t);
  }

  @Test
  void breakingTiesReducesRelations() {
    String t = countries("Turkey severed ties with Israel on Monday.");
    assertTrue(t.contains("TUR>ISR:161:asserted"), t);
  }

  @Test
  void aNegatedActionIsKeptButNotAsserted() {
    String t = countries("Peru did not sever ties with Chile.");
    assertTrue(t.contains("PER>CHL:161:negated"), t);
    assertFalse(t.contains(":asserted"), t);
  }

  @Test
  void peacekeepersSentAreMilitaryProtection() {
    String t = countries("France sent peacekeepers to Mali.");
    assertTrue(t.contains("FRA>MLI:074:asserted"), t);
  }

  @Test
  void asylumGrantedToAGroupOfAnotherCountry() {
    String t = countries("Kenya granted asylum to Ugandan dissidents.");
    assertTrue(t.contains("KEN>UGA:075:asserted"), t);
  }

  @Test
  void harshWordsAreCriticism() {
    String t = countries("Argentina castigated Britain over the islands.");
    assertTrue(t.contains("ARG>GBR:111:asserted"), t);
  }

  @Test
  void aSportResultIsNoAssault() {
    String t = countries("Brazil beat Argentina in the World Cup final on Sunday.");
    assertFalse(t.contains(":18") || t.contains(":19"), t);
  }

  @Test
  void fightingAnAbstractionIsNoFight() {
    String t = countries("Nigeria will fight corruption with help from Britain.");
    assertFalse(t.contains(":19"), t);
  }

  @Test
  void aConditionalThreatIsHypothetical() {
    String t = countries("If talks fail, Serbia could impose sanctions on Kosovo.");
    assertFalse(t.contains(":asserted"), t);
  }

  @Test
  void anEventNamedByANounWithItsSourceAndTarget() {
    String t = countries("Georgia condemned the Russian attack on Ukraine.");
    assertTrue(t.contains("RUS>UKR:190:asserted"), t);
  }

  @Test
  void aNounEventSomeoneOnlyFearsIsNotAsserted() {
    String t = countries("Peru fears an attack on Bolivia by Chile.");
    assertTrue(t.contains("CHL>BOL:190:hypothetical"), t);
    assertFalse(t.contains(":190:asserted"), t);
  }

  @Test
  void talksBetweenTwoActorsGoBothWays() {
    String t = countries("Talks between Armenia and Azerbaijan began on Monday.");
    assertTrue(t.contains("ARM>AZE:040:asserted") && t.contains("AZE>ARM:040:asserted"), t);
  }
}
