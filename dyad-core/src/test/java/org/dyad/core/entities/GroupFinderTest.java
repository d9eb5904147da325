package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.assertMention;
import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unnamed groups and unnamed title holders as actors: a place after the noun, no modifier, a title without a name. */
class GroupFinderTest {
  /**
   * Each row: what it shows, the text, the parser's arcs ({@link FakeAnnotation#deps}; {@code -}: none)
   * and a mention expected in it, written as {@link DictionaryEntityResolverTest#at} shows it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
      a place under in gives a local group its country through the parse | Police in Karachi detained two traders on Sunday. | nmod(Police, Karachi) case(Karachi, in) nsubj(detained, Police) | `Police in Karachi | GROUP | Karachi police | - | - | PAK | PAKCOP`
      two steps of post-modifiers reach the capital | Students at a college in Nairobi boycotted their lectures. | nmod(Students, college) case(college, at) det(college, a) nmod(college, Nairobi) case(Nairobi, in) | `Students at a college in Nairobi | GROUP | Nairobi students | - | - | KEN | KENEDU`
      a multi-word place is found from its last word | Civilians in the Gaza Strip queued for bread. | nmod(Civilians, Strip) case(Strip, in) det(Strip, the) compound(Strip, Gaza) | `Civilians in the Gaza Strip | GROUP | Gaza civilians | - | - | PSE | PSECVL`
      an unnamed title of a place is its government without a parse too | Yesterday the mayor of Kandahar opened a school. | - | `mayor of Kandahar | GROUP | Kandahar mayor | - | - | AFG | AFGGOV`
      bare groups take the only country of the article (police) | Police arrested protesters after Chad raised fuel prices. | - | `Police | GROUP | police | - | - | TCD | TCDCOP`
      bare groups take the only country of the article (protesters) | Police arrested protesters after Chad raised fuel prices. | - | `protesters | GROUP | protesters | - | - | TCD | TCDOPP`
      bare groups take the only country of the article, else their role alone | Civilians fled as Chad and Niger traded fire. | - | `Civilians | GROUP | civilians | - | - | - | CVL`
      a place right after the noun counts when the parse hangs it elsewhere (Chad as a compound of the nmod noun, GroupPlaceModifierTest) | Volunteers said students from Chad border towns marched. | compound(towns, Chad) compound(towns, border) case(towns, from) nmod(students, towns) | `students from Chad border towns | GROUP | Chad students | - | - | TCD | TCDEDU`
      a place right after the noun counts when the parse hangs it elsewhere (on the verb) | Volunteers said students from Chad marched. | obl(marched, Chad) case(Chad, from) | `students from Chad | GROUP | Chad students | - | - | TCD | TCDEDU`
      a title with a country and no name is the government | The Afghan president said Iran's defence minister would visit. | - | `Afghan president | GROUP | Afghanistan president | - | - | AFG | AFGGOV`
      a title with a country and no name is the government (the role a named defence minister gets) | The Afghan president said Iran's defence minister would visit. | - | `Iran's defence minister | GROUP | Iran defence minister | - | - | IRN | IRNMIL`
      a title with a country and no name is the government (former: an elite) | The former Afghan president met Iran's former foreign minister. | - | `former Afghan president | GROUP | Afghanistan president | - | - | AFG | AFGELI`
      a title with a country and no name is the government (former, possessive) | The former Afghan president met Iran's former foreign minister. | - | `Iran's former foreign minister | GROUP | Iran former foreign minister | - | - | IRN | IRNELI`
      """)
  void findsTheGroup(String what, String text, String arcs, String mention) {
    assertMention(text, arcs, mention);
  }

  @Test
  void troopsAndDiplomatsInAPlaceAreNotOfItsCountry() {
    String t = "Troops in Kandahar and diplomats in Kabul waited for orders.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("Troops", "Kandahar", "nmod").dep("Kandahar", "in", "case")
        .dep("diplomats", "Kabul", "nmod").dep("Kabul", "in", "case"));
    assertEquals("Troops | GROUP | troops | - | - | - | MIL", at(m, "Troops"), "a bare group: the place is no owner");
    assertEquals("Kabul | LOCATION | Kabul | - | - | AFG | -", at(m, "Kabul"));
    assertTrue(m.stream().noneMatch(e -> e.text().startsWith("diplomats")), "diplomats alone are too vague");
  }

  @Test
  void aBareGroupTakesTheDatelineCountry() {
    String t = "The militants attacked a checkpoint at dawn.";
    List<EntityMention> m = resolve(FakeAnnotation.article(t, "KABUL"), FakeAnnotation.of(t));
    assertEquals("militants | GROUP | militants | - | - | AFG | AFGREB", at(m, "militants"));
  }

  @Test
  void aBareGroupSpansItsModifiersAndYieldsToANamedOrganisation() {
    String t = "Civil rights activists said Oakland police officers had stayed away.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).mention("LOCATION", "Oakland")
        .dep("activists", "rights", "compound").dep("rights", "Civil", "amod").dep("officers", "police", "compound"));
    assertEquals("Civil rights activists | GROUP | civil rights activists | - | - | - | OPP", at(m, "Civil rights activists"));
    assertEquals("Oakland police | ORGANIZATION | Oakland police | - | - | - | COP", at(m, "Oakland police"));
  }

  @Test
  void aBareGroupOwnedByAPossessiveOrAnUnknownNameIsNoActor() {
    String t = "Chad said its troops and Zorvan militants would leave. Refugees waited.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).mention("MISC", "Zorvan")
        .dep("militants", "Zorvan", "compound"));
    assertEquals("Chad | COUNTRY | Chad | - | - | TCD | TCD", EntityInvariants.showAll(m));
    String front = "Chad said activists of the Zorvan Front would leave.";
    List<EntityMention> f = resolve(front, FakeAnnotation.of(front));
    assertTrue(f.stream().noneMatch(e -> e.text().contains("activists")), EntityInvariants.showAll(f));
  }

  @Test
  void vagueNounsAndNounsModifyingOthersAreNoActors() {
    String t = "Officials said the police station and the student union stayed shut.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("station", "police", "compound")
        .dep("union", "student", "compound"));
    assertEquals(List.of(), m, EntityInvariants.showAll(m));
  }

  @Test
  void aTitleBeforeANameOrModifyingANounStaysAsItWas() {
    String t = "Afghan President Lina Ahmadi spoke before the Kenyan general election.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Lina Ahmadi").dep("election", "general", "amod"));
    assertEquals("Afghan President Lina Ahmadi | PERSON | Lina Ahmadi | President | - | AFG | AFGGOV",
        at(m, "Afghan President Lina Ahmadi"));
    assertEquals("Kenyan | COUNTRY | Kenya | - | - | KEN | KEN", at(m, "Kenyan"));
    assertEquals(2, m.size(), EntityInvariants.showAll(m));
  }

  @Test
  void theUnnamedTitleOfACountryStillLinksToTheNamedPerson() {
    String t = "President Lena Holm of Norway arrived. The president of Norway said talks had begun.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Lena Holm"));
    assertEquals("The president of Norway | PERSON | Lena Holm | President | - | NOR | NORGOV",
        at(m, "The president of Norway"));
  }
}
