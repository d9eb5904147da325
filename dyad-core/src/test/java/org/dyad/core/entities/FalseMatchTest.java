package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

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

  @Test
  void aTownWithItsStateAbbreviated() {
    String t = "Police in London, Ky., said a man was arrested.";
    assertEquals("Police in London | GROUP | London, Kentucky police | - | - | USA | USACOP",
        first(t, FakeAnnotation.of(t), null, "Police in London"));
    String u = "Police in Athens, Ga., said the suspect fled.";
    assertEquals("USACOP", DictionaryEntityResolverTest.actorOf(first(u, FakeAnnotation.of(u), null, "Police in Athens")));
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

  @Test
  void aNationalBodyIsNotTheUnsSecurityCouncil() {
    String t = "ISLAMABAD: The National Security Council met on Monday to review the situation.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals(List.of(), m.stream().filter(e -> e.actor() != null && e.actor().startsWith("IGO")).map(EntityMention::text).toList(),
        "a capitalised 'The' after a dateline starts no longer name, and 'National' is a title only inside one");
    String u = "Russia's Security Council met on Monday.";
    assertEquals("RUSGOV", DictionaryEntityResolverTest.actorOf(first(u, FakeAnnotation.of(u), null, "Russia's Security Council")));
    String v = "The Russian Security Council met on Monday.";
    assertEquals("RUSGOV", DictionaryEntityResolverTest.actorOf(first(v, FakeAnnotation.of(v), null, "Russian Security Council")));
    String w = "Diplomats at the Security Council said the vote was close.";
    assertEquals("IGOUNOSEC", DictionaryEntityResolverTest.actorOf(first(w, FakeAnnotation.of(w), null, "Security Council")),
        "the Security Council alone stays the UN's");
  }

  @Test
  void aRegionNamedLikeACountryIsAPlaceOfItsState() {
    String t = "An official of Inner Mongolia's disease control centre said three cases were found.";
    assertEquals("official of Inner Mongolia | GROUP | Inner Mongolia official | - | - | CHN | CHNGOV",
        first(t, FakeAnnotation.of(t), null, "official of Inner Mongolia"));
    String u = "The premier of Western Australia closed the border.";
    List<EntityMention> m = resolve(u, FakeAnnotation.of(u));
    assertEquals(List.of(), m.stream().filter(e -> e.type().equals("COUNTRY")).map(EntityMention::text).toList(),
        "Western Australia is no mention of Australia the country");
    String v = "Authorities in East Azerbaijan province said the quake killed six.";
    assertEquals("East Azerbaijan | LOCATION | East Azerbaijan | - | - | IRN | -", first(v, FakeAnnotation.of(v), null, "East Azerbaijan"));
    String w = "Police in Northern Ireland said a bomb was found.";
    assertEquals("GBRCOP", DictionaryEntityResolverTest.actorOf(first(w, FakeAnnotation.of(w), null, "Police in Northern Ireland")));
    String x = "The New Mexico governor signed the bill.";
    assertEquals("USAGOV", DictionaryEntityResolverTest.actorOf(first(x, FakeAnnotation.of(x), null, "New Mexico governor")));
  }

  @Test
  void aCompanyWordInTheTitleAndAnOrganisationAfterTheName() {
    String t = "Bank spokesman Ana Ruiz said rates would rise.";
    assertEquals("BUS", DictionaryEntityResolverTest.actorOf(first(t, FakeAnnotation.of(t).person("Ana Ruiz"), null, "Bank spokesman Ana Ruiz")));
    String u = "Central Bank spokesman Ana Ruiz said rates would rise.";
    assertEquals("GOV", DictionaryEntityResolverTest.actorOf(first(u, FakeAnnotation.of(u).person("Ana Ruiz"), null, "Bank spokesman Ana Ruiz")),
        "a central bank is no company");
    String v = "President Ana Ruiz of Lumen Motors said sales fell.";
    assertEquals("President Ana Ruiz | PERSON | Ana Ruiz | President | Lumen Motors | - | -",
        first(v, FakeAnnotation.of(v).person("Ana Ruiz").mention("ORGANIZATION", "Lumen Motors"), null, "President Ana Ruiz"),
        "the president of an organisation no dictionary codes is no government");
    String w = "President Ana Ruiz of Peru said talks failed.";
    assertEquals("PERGOV", DictionaryEntityResolverTest.actorOf(first(w, FakeAnnotation.of(w).person("Ana Ruiz"), null, "President Ana Ruiz")));
  }
}
