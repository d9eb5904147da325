package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Towns named like capitals, Georgia the state, and companies' officers are no foreign governments. */
class FalseMatchTest {
  private static String first(String text, FakeAnnotation fake, String dateline, String mention) {
    List<EntityMention> m = resolve(dateline == null ? FakeAnnotation.article(text)
        : FakeAnnotation.article(text, dateline), fake);
    return at(m, mention);
  }

  @Test
  void aTownNamedLikeACapitalIsInItsState() {
    String t = "Police in Moscow, Idaho, said two students were held.";
    assertEquals("Police in Moscow | GROUP | Moscow, Idaho police | - | - | USA | USACOP",
        first(t, FakeAnnotation.of(t), null, "Police in Moscow"));
    String u = "In London, Ontario, officers said the road was closed.";
    assertEquals("London | LOCATION | London, Ontario | - | - | CAN | -", first(u, FakeAnnotation.of(u), null, "London"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      a town with its state abbreviated | Police in London, Ky., said a man was arrested. | Police in London | `Police in London | GROUP | London, Kentucky police | - | - | USA | USACOP`
      a region named like a country is in its state | An official of Inner Mongolia's disease control centre said three cases were found. | official of Inner Mongolia | `official of Inner Mongolia | GROUP | Inner Mongolia official | - | - | CHN | CHNGOV`
      a province named like a country too | Authorities in East Azerbaijan province said the quake killed six. | East Azerbaijan | `East Azerbaijan | LOCATION | East Azerbaijan | - | - | IRN | -`
      """)
  void aPlaceNamedLikeAnotherIsItsOwn(String what, String text, String mention, String shown) {
    assertEquals(shown, first(text, FakeAnnotation.of(text), null, mention));
  }

  @Test
  void aListOfPlacesKeepsEachItsCountry() {
    String t = "Blasts hit Peshawar, Kandahar and Quetta on Monday.";
    assertEquals("Peshawar | LOCATION | Peshawar | - | - | PAK | -", first(t, FakeAnnotation.of(t), null, "Peshawar"));
  }

  @Test
  void aCityNamedAfterACrownDependency() {
    String t = "Police in Jersey City said two men were held.";
    assertEquals("Police in Jersey City | GROUP | Jersey City police | - | - | USA | USACOP",
        first(t, FakeAnnotation.of(t), null, "Police in Jersey City"));
  }

  @Test
  void georgiaTheStateByWhatStandsNextToIt() {
    String t = "Georgia's governor signed the bill on Tuesday.";
    assertEquals("Georgia's governor | GROUP | Georgia governor | - | - | USA | USAGOV",
        first(t, FakeAnnotation.of(t), null, "Georgia's governor"));
    String u = "Police in Athens, Georgia, said the suspect fled.";
    assertEquals("Police in Athens | GROUP | Athens, Georgia police | - | - | USA | USACOP",
        first(u, FakeAnnotation.of(u), null, "Police in Athens"));
  }

  @Test
  void georgiaTheStateWhenTheArticleNamesOtherStatesOnly() {
    String t = "Storms crossed Alabama overnight. Georgia declared an emergency.";
    assertEquals("Georgia | LOCATION | Georgia | - | - | USA | -", first(t, FakeAnnotation.of(t), null, "Georgia"));
  }

  @Test
  void georgiaTheCountryWithItsCapitalNamed() {
    String t = "Police in Tbilisi, Georgia, said the suspect fled to Alabama.";
    assertEquals("Georgia | COUNTRY | Georgia | - | - | GEO | GEO", first(t, FakeAnnotation.of(t), null, "Georgia"));
  }

  @Test
  void aTitleCaseNameNeedsItsCapitalsNotJustOneOfThem() {
    String t = "Two brothers were said to have joined an armed Islamic group across the border.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals(List.of(), m.stream().filter(e -> e.actor() != null && e.actor().startsWith("DZA")).map(EntityMention::text).toList(),
        "a common phrase with one capitalised word is no Algerian group");
    String u = "The Armed Islamic Group claimed the bombing, officials in Algiers said.";
    assertEquals("Armed Islamic Group | ORGANIZATION | Armed Islamic Group | - | - | DZA | DZAREB",
        first(u, FakeAnnotation.of(u), null, "Armed Islamic Group"));
    String v = "Fighters of the Armed Islamic group were seen near the coast.";
    assertEquals("DZAREB", DictionaryEntityResolverTest.actorOf(first(v, FakeAnnotation.of(v), null, "Armed Islamic group")),
        "a capital at the start of the name is enough for a careless writer");
    String w = "Officials blamed al Qaeda for the attack.";
    assertEquals("IMGMUSAQE", DictionaryEntityResolverTest.actorOf(first(w, FakeAnnotation.of(w), null, "al Qaeda")),
        "a name the dictionary writes with a lower-case particle matches as written");
  }

  @Test
  void aCapitalOneSetsOutForIsAPlace() {
    String t = "The minister left for Nairobi on Sunday after talks in Addis Ababa.";
    assertEquals("Nairobi | LOCATION | Nairobi | - | - | KEN | -", first(t, FakeAnnotation.of(t), null, "Nairobi"));
    String u = "The delegation set off for Nairobi at dawn.";
    assertEquals("Nairobi | LOCATION | Nairobi | - | - | KEN | -", first(u, FakeAnnotation.of(u), null, "Nairobi"));
    String v = "The vote was a victory for Nairobi, officials said.";
    assertEquals("KENGOV", DictionaryEntityResolverTest.actorOf(first(v, FakeAnnotation.of(v), null, "Nairobi")),
        "'for' after other words keeps the capital the government");
  }

  @Test
  void aCompanysOfficerIsBusinessNotGovernment() {
    String t = "Mark Lee, president of the car-data firm Autovista, said sales fell.";
    assertEquals("Mark Lee | PERSON | Mark Lee | president | - | - | BUS",
        first(t, FakeAnnotation.of(t).person("Mark Lee"), null, "Mark Lee"));
    String u = "The company's chief executive Mark Lee said sales fell.";
    assertEquals("chief executive Mark Lee | PERSON | Mark Lee | chief executive | - | - | BUS",
        first(u, FakeAnnotation.of(u).person("Mark Lee"), null, "chief executive Mark Lee"));
  }

  @Test
  void aChiefExecutiveOfANamedCompany() {
    String t = "Mark Lee, chief executive of Lumen Motors Inc., said sales fell.";
    assertEquals("Mark Lee | PERSON | Mark Lee | chief executive | Lumen Motors Inc. | - | BUS",
        first(t, FakeAnnotation.of(t).person("Mark Lee").mention("ORGANIZATION", "Lumen Motors Inc."), null, "Mark Lee"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      a country's security council is its own | Russia's Security Council met on Monday. | - | Russia's Security Council | RUSGOV
      a demonym's security council too | The Russian Security Council met on Monday. | - | Russian Security Council | RUSGOV
      the Security Council alone stays the UN's | Diplomats at the Security Council said the vote was close. | - | Security Council | IGOUNOSEC
      Northern Ireland is the UK | Police in Northern Ireland said a bomb was found. | - | Police in Northern Ireland | GBRCOP
      New Mexico is a US state | The New Mexico governor signed the bill. | - | New Mexico governor | USAGOV
      a state by its AP abbreviation | Police in Athens, Ga., said the suspect fled. | - | Police in Athens | USACOP
      a bank in the title is a company | Bank spokesman Ana Ruiz said rates would rise. | Ana Ruiz | Bank spokesman Ana Ruiz | BUS
      a central bank is no company | Central Bank spokesman Ana Ruiz said rates would rise. | Ana Ruiz | Bank spokesman Ana Ruiz | GOV
      a country after the name keeps the government | President Ana Ruiz of Peru said talks failed. | Ana Ruiz | President Ana Ruiz | PERGOV
      """)
  void theActorOfAClassOfFalseMatch(String what, String text, String person, String mention, String actor) {
    FakeAnnotation fake = person == null ? FakeAnnotation.of(text) : FakeAnnotation.of(text).person(person);
    assertEquals(actor, DictionaryEntityResolverTest.actorOf(first(text, fake, null, mention)));
  }

  @Test
  void aNationalBodyAfterADatelineIsNotTheUns() {
    String t = "ISLAMABAD: The National Security Council met on Monday to review the situation.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals(List.of(), m.stream().filter(e -> e.actor() != null && e.actor().startsWith("IGO")).map(EntityMention::text).toList(),
        "a capitalised 'The' after a dateline starts no longer name, and 'National' is a title only inside one");
  }

  @Test
  void westernAustraliaIsNoMentionOfTheCountry() {
    String u = "The premier of Western Australia closed the border.";
    List<EntityMention> m = resolve(u, FakeAnnotation.of(u));
    assertEquals(List.of(), m.stream().filter(e -> e.type().equals("COUNTRY")).map(EntityMention::text).toList(),
        EntityInvariants.showAll(m));
  }

  @Test
  void thePresidentOfAnUncodedOrganisationIsNoGovernment() {
    String t = "President Ana Ruiz of Lumen Motors said sales fell.";
    assertEquals("President Ana Ruiz | PERSON | Ana Ruiz | President | Lumen Motors | - | -",
        first(t, FakeAnnotation.of(t).person("Ana Ruiz").mention("ORGANIZATION", "Lumen Motors"), null, "President Ana Ruiz"));
  }
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a seat of power one reports according to | More troops arrived on Friday, according to the Pentagon. | Pentagon | USAMIL
      a capital one reports according to | The talks failed, according to Moscow. | Moscow | RUSGOV
      a seat of power one goes to is a place | The general drove to the Pentagon on Friday. | Pentagon | -
      """)
  void accordingToNamesASource(String what, String text, String mention, String actor) {
    assertEquals(actor, DictionaryEntityResolverTest.actorOf(at(resolve(text, FakeAnnotation.of(text)), mention)));
  }
}
