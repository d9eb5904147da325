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

/** Agent nouns with the roles of the Phoenix agent dictionary: children, lawyers, doctors, farmers, gunmen, a lower-case congress. */
class AgentNounTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
      children are civilians of the only country named | Three children drowned when a ferry sank off Bangladesh. | - | `children | GROUP | children | - | - | BGD | BGDCVL`
      a country before a lawyer gives both | A Kenyan lawyer filed the appeal on Friday. | - | `Kenyan lawyer | GROUP | Kenya lawyer | - | - | KEN | KENJUD`
      doctors in a city are local | Doctors in Lahore went on strike over pay. | nmod(Doctors, Lahore) case(Lahore, in) | `Doctors in Lahore | GROUP | Lahore doctors | - | - | PAK | PAKHLH`
      farmers are agriculture | Angry farmers blocked roads across Peru. | - | `farmers | GROUP | farmers | - | - | PER | PERAGR`
      gunmen are unidentified armed forces | Gunmen stormed a hotel in the Somali capital. | - | `Gunmen | GROUP | gunmen | - | - | SOM | SOMUAF`
      a trader with a country is business | A Ghanaian trader was robbed at the border post. | - | `Ghanaian trader | GROUP | Ghana trader | - | - | GHA | GHABUS`
      women need a country | Afghan women marched for the right to work. | - | `Afghan women | GROUP | Afghanistan women | - | - | AFG | AFGCVL`
      a congress in lower case is a legislature | The Peruvian congress voted to remove the minister. | - | `Peruvian congress | GROUP | Peru congress | - | - | PER | PERLEG`
      converted: a plural title the hand list lacks | Two Nepali ambassadors were recalled in March. | - | `Nepali ambassadors | GROUP | Nepal ambassadors | - | - | NPL | NPLGOV`
      converted: a body by its head word | The Kenyan election commission delayed the count. | - | `Kenyan election commission | GROUP | Kenya election commission | - | - | KEN | KENGOV`
      converted: herders are agriculture | Sudanese herdsmen crossed the border with their cattle. | - | `Sudanese herdsmen | GROUP | Sudan herdsmen | - | - | SDN | SDNAGR`
      converted: detectives are police | Polish detectives questioned the driver. | - | `Polish detectives | GROUP | Poland detectives | - | - | POL | POLCOP`
      deputies of a parliament are legislators | Russian deputies voted for the new tax. | - | `Russian deputies | GROUP | Russia deputies | - | - | RUS | RUSLEG`
      """)
  void codesTheAgent(String what, String text, String arcs, String mention) {
    assertMention(text, arcs, mention);
  }

  @Test
  void anUnknownDatelineTownGivesTheCountryNamedAfterItsComma() {
    String t = "OKENE, Nigeria: Two children were hurt when a wall fell, and Chad sent aid.";
    List<EntityMention> m = resolve(FakeAnnotation.article(t, "OKENE"), FakeAnnotation.of(t));
    assertEquals("children | GROUP | children | - | - | NGA | NGACVL", at(m, "children"));
    String u = "OKENE - Two children were hurt when a wall fell, and Chad and Niger sent aid.";
    assertEquals("children | GROUP | children | - | - | - | CVL", at(resolve(u, FakeAnnotation.of(u)), "children"),
        "no country in the dateline, two in the text: the role alone");
  }

  @Test
  void aLawyersTitleBeforeTheName() {
    String t = "Lawyer Ana Ruiz said the ruling was unjust.";
    assertEquals("JUD", DictionaryEntityResolverTest.actorOf(at(resolve(t, FakeAnnotation.of(t).person("Ana Ruiz")), "Lawyer Ana Ruiz")));
  }

  @Test
  void womenAndWorkersAloneAreNoActors() {
    String t = "Women and workers gathered outside the hall in Chile.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertTrue(m.stream().noneMatch(e -> e.text().equalsIgnoreCase("women") || e.text().equals("workers")), EntityInvariants.showAll(m));
  }

  @Test
  void convertedNounsNeedACountryOfTheirOwn() {
    String t = "Herdsmen and bureaucrats met in the town hall of Mopti, Mali.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertTrue(m.stream().noneMatch(e -> e.text().equalsIgnoreCase("herdsmen") || e.text().equals("bureaucrats")),
        EntityInvariants.showAll(m));
  }

  @Test
  void aUsersAgentDictionaryReplacesTheConvertedNouns() {
    String t = "Sudanese herdsmen and Sudanese soldiers crossed the border.";
    EntityDictionaries d = EntityDictionaries.standard().with(List.of(), List.of(new AgentEntry("HALBERDIERS", "MIL")));
    List<EntityMention> m = new DictionaryEntityResolver(d).resolve(FakeAnnotation.article(t), FakeAnnotation.of(t).build());
    assertTrue(m.stream().noneMatch(e -> e.text().contains("herdsmen")), EntityInvariants.showAll(m));
    assertEquals("Sudanese soldiers | GROUP | Sudan soldiers | - | - | SDN | SDNMIL", at(m, "Sudanese soldiers"),
        "Dyad's own role words stay");
    assertEquals("Sudanese herdsmen | GROUP | Sudan herdsmen | - | - | SDN | SDNAGR",
        at(resolve(t, FakeAnnotation.of(t)), "Sudanese herdsmen"), "without a user's agents the converted nouns apply");
  }

  @Test
  void aPossessorAfterOfIsNotWhereTheGroupIsFrom() {
    String t = "Envoys of Kenya's neighbouring states met in Arusha.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertTrue(m.stream().noneMatch(e -> e.text().startsWith("Envoys")), EntityInvariants.showAll(m));
    String u = "Foreign ministers of Kenya met in Arusha.";
    assertEquals("KENGOV", DictionaryEntityResolverTest.actorOf(at(resolve(u, FakeAnnotation.of(u)), "Foreign ministers of Kenya")));
  }

  @Test
  void aSurnameLikeATradeIsNoTitle() {
    String t = "Farmer Ana Ruiz said the ruling was unjust.";
    String actor = DictionaryEntityResolverTest.actorOf(at(resolve(t, FakeAnnotation.of(t).person("Ana Ruiz")), "Ana Ruiz"));
    assertTrue(actor == null || !actor.contains("AGR"), actor);
  }

  @Test
  void congressWithACapitalStaysTheUsLegislature() {
    String t = "Congress passed the budget after a long night.";
    assertEquals("USALEG", DictionaryEntityResolverTest.actorOf(at(resolve(t, FakeAnnotation.of(t)), "Congress")));
  }

  @Test
  void aPossessedLawyerBelongsToSomeoneElse() {
    String t = "The court in Nairobi jailed a trader, and his lawyers said they would appeal.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertTrue(m.stream().noneMatch(e -> e.text().contains("lawyers")), EntityInvariants.showAll(m));
  }
}
