package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Unnamed groups and unnamed title holders as actors: a place after the noun, no modifier, a title without a name. */
class GroupFinderTest {
  @Test
  void aPlaceUnderInGivesALocalGroupItsCountryThroughTheParse() {
    String t = "Police in Karachi detained two traders on Sunday.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("Police", "Karachi", "nmod").dep("Karachi", "in", "case")
        .dep("detained", "Police", "nsubj"));
    assertEquals("Police in Karachi | GROUP | Karachi police | - | - | PAK | PAKCOP", at(m, "Police in Karachi"));
  }

  @Test
  void twoStepsOfPostModifiersReachTheCapital() {
    String t = "Students at a college in Nairobi boycotted their lectures.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("Students", "college", "nmod").dep("college", "at", "case")
        .dep("college", "a", "det").dep("college", "Nairobi", "nmod").dep("Nairobi", "in", "case"));
    assertEquals("Students at a college in Nairobi | GROUP | Nairobi students | - | - | KEN | KENEDU",
        at(m, "Students at a college in Nairobi"));
  }

  @Test
  void aMultiWordPlaceIsFoundFromItsLastWord() {
    String t = "Civilians in the Gaza Strip queued for bread.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("Civilians", "Strip", "nmod").dep("Strip", "in", "case")
        .dep("Strip", "the", "det").dep("Strip", "Gaza", "compound"));
    assertEquals("Civilians in the Gaza Strip | GROUP | Gaza civilians | - | - | PSE | PSECVL",
        at(m, "Civilians in the Gaza Strip"));
  }

  @Test
  void anUnnamedTitleOfAPlaceIsItsGovernmentWithoutAParseToo() {
    String t = "Yesterday the mayor of Kandahar opened a school.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("mayor of Kandahar | GROUP | Kandahar mayor | - | - | AFG | AFGGOV", at(m, "mayor of Kandahar"));
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
  void bareGroupsTakeTheOnlyCountryOfTheArticleElseTheirRoleAlone() {
    String t = "Police arrested protesters after Chad raised fuel prices.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("Police | GROUP | police | - | - | TCD | TCDCOP", at(m, "Police"));
    assertEquals("protesters | GROUP | protesters | - | - | TCD | TCDOPP", at(m, "protesters"));
    String two = "Civilians fled as Chad and Niger traded fire.";
    assertEquals("Civilians | GROUP | civilians | - | - | - | CVL", at(resolve(two, FakeAnnotation.of(two)), "Civilians"));
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
  void aPlaceRightAfterTheNounCountsWhenTheParseHangsItElsewhere() {
    String t = "Volunteers said students from Chad border towns marched.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("towns", "Chad", "compound").dep("towns", "border", "compound")
        .dep("towns", "from", "case").dep("students", "towns", "nmod"));
    assertEquals("students from Chad border towns | GROUP | Chad students | - | - | TCD | TCDEDU",
        at(m, "students from Chad border towns"), "Chad as a compound of the nmod noun (GroupPlaceModifierTest)");
    String u = "Volunteers said students from Chad marched.";
    assertEquals("students from Chad | GROUP | Chad students | - | - | TCD | TCDEDU",
        at(resolve(u, FakeAnnotation.of(u).dep("marched", "Chad", "obl").dep("Chad", "from", "case")), "students from Chad"));
  }

  @Test
  void vagueNounsAndNounsModifyingOthersAreNoActors() {
    String t = "Officials said the police station and the student union stayed shut.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("station", "police", "compound")
        .dep("union", "student", "compound"));
    assertEquals(List.of(), m, EntityInvariants.showAll(m));
  }

  @Test
  void aTitleWithACountryAndNoNameIsTheGovernment() {
    String t = "The Afghan president said Iran's defence minister would visit.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("Afghan president | GROUP | Afghanistan president | - | - | AFG | AFGGOV", at(m, "Afghan president"));
    assertEquals("Iran's defence minister | GROUP | Iran defence minister | - | - | IRN | IRNMIL",
        at(m, "Iran's defence minister"), "the role a named defence minister gets");
    String former = "The former Afghan president met Iran's former foreign minister.";
    List<EntityMention> f = resolve(former, FakeAnnotation.of(former));
    assertEquals("former Afghan president | GROUP | Afghanistan president | - | - | AFG | AFGELI",
        at(f, "former Afghan president"));
    assertEquals("Iran's former foreign minister | GROUP | Iran former foreign minister | - | - | IRN | IRNELI",
        at(f, "Iran's former foreign minister"));
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
