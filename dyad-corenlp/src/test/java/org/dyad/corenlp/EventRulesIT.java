package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.dyad.core.entities.DictionaryEntityResolver;
import org.dyad.core.eval.events.SentenceAnalyzer;
import org.dyad.core.events.Codebook;
import org.dyad.core.events.ParseEventCoder;
import org.dyad.core.events.VerbDictionary;
import org.dyad.core.quotes.ParseQuoteAttributor;
import org.dyad.core.time.RuleDateNormalizer;
import org.dyad.model.AnalyzedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The event coder's rules on CoreNLP's real parses (sentences written for this test). */
class EventRulesIT {
  private static SentenceAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = new SentenceAnalyzer(new CoreNlpAnnotator(CoreNlpConfig.DEFAULT), new DictionaryEntityResolver(),
        new RuleDateNormalizer(), new ParseQuoteAttributor(), new ParseEventCoder(VerbDictionary.standard(), Codebook.standard()));
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
}
