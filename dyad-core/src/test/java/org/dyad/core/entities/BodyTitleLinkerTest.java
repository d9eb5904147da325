package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title holder of a body named earlier takes the body's country ("the ministry's spokesman" after "Iran's
 * foreign ministry"), and a verb of choosing gives the title after the name, with "as" or without.
 */
class BodyTitleLinkerTest {
  private static String mention(String text, String person, String shown) {
    return at(resolve(text, FakeAnnotation.of(text).person(person)), shown);
  }

  @Test
  void aMinistrySpokesmanAfterTheMinistry() {
    String t = "Iran's foreign ministry rejected the claim. Ministry spokesman Reza Karimi said talks would go on.";
    assertEquals("Ministry spokesman Reza Karimi | PERSON | Reza Karimi | Ministry spokesman | Ministry of Foreign Affairs (Iran) | IRN | IRNGOV",
        mention(t, "Reza Karimi", "Ministry spokesman Reza Karimi"));
  }

  @Test
  void theMinistrysDeputySpokesman() {
    String t = "Afghanistan's Ministry of Foreign Affairs said the visit was postponed. The ministry's deputy spokesman "
        + "Omar Nazari told reporters the date was not set.";
    assertEquals("deputy spokesman Omar Nazari | PERSON | Omar Nazari | deputy spokesman | Ministry of Foreign Affairs (Afghanistan) | AFG | AFGGOV",
        mention(t, "Omar Nazari", "deputy spokesman Omar Nazari"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the nearest body wins | Iran's foreign ministry and the Turkish Foreign Ministry met. Ministry spokesman Reza Karimi said talks went well. | Reza Karimi | Ministry spokesman Reza Karimi | TURGOV
      a body named only after the title holder is not his | Ministry spokesman Reza Karimi said talks would go on. Iran's foreign ministry agreed. | Reza Karimi | Ministry spokesman Reza Karimi | GOV
      appointed as an ambassador | Ahmad Zaki was appointed as Afghan ambassador to Russia last week. | Ahmad Zaki | Ahmad Zaki | AFGGOV
      appointed an ambassador without 'as' | Kabul appointed Ahmad Zaki Afghan ambassador to Russia. | Ahmad Zaki | Ahmad Zaki | AFGGOV
      named the new minister | The council named Ahmad Zaki the new Afghan foreign minister on Sunday. | Ahmad Zaki | Ahmad Zaki | AFGGOV
      named without a title is no role | The court in Kabul named Ahmad Zaki in the case on Sunday. | Ahmad Zaki | Ahmad Zaki | -
      """)
  void theActor(String what, String text, String person, String shown, String actor) {
    assertEquals(actor, DictionaryEntityResolverTest.actorOf(mention(text, person, shown)));
  }

  @Test
  void theAfghanForeignMinistryAsTheTurkishOne() {
    String t = "The Afghan foreign ministry and the Turkish Foreign Ministry condemned the attack.";
    assertEquals("AFGGOV", DictionaryEntityResolverTest.actorOf(at(resolve(t, FakeAnnotation.of(t)), "Afghan foreign ministry")));
    assertEquals("TURGOV", DictionaryEntityResolverTest.actorOf(at(resolve(t, FakeAnnotation.of(t)), "Turkish Foreign Ministry")));
  }
  @Test
  void theMinistryAfterItsCountrysMinistry() {
    String t = "Kenya's interior ministry banned the march on Friday. The ministry said the ban would stay until June.";
    var m = resolve(t, FakeAnnotation.of(t));
    assertEquals("The ministry | ORGANIZATION | Ministry of Interior (Kenya) | - | - | KEN | KENGOV", at(m, "The ministry"));
    assertEquals("organisation", m.stream().filter(e -> e.text().equals("The ministry")).findFirst().orElseThrow().countryFrom());
  }

  @Test
  void theArmyAfterTheArmyOfACountryNamedBefore() {
    String t = "The Pakistani army moved two brigades to the border. Later the army said the roads were open.";
    assertEquals("PAKMIL", DictionaryEntityResolverTest.actorOf(at(resolve(t, FakeAnnotation.of(t)), "the army")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      no body named before | The ministry said the ban would stay until June.
      the phrase goes on with of | Kenya's interior ministry banned the march. The ministry of health said clinics would stay open.
      the phrase goes on with a noun | Kenya's interior ministry banned the march. The ministry building was closed on Friday.
      the phrase goes on with a possessive | Kenya's interior ministry banned the march. The ministry's staff said little.
      """)
  void noDefiniteBody(String what, String text) {
    var m = resolve(text, FakeAnnotation.of(text));
    assertEquals(0, m.stream().filter(e -> e.text().equals("The ministry")).count(), EntityInvariants.showAll(m));
  }
}
