package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.assertMention;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prisoners, detainees, hostages, inmates and captives: their country alone, never their holder's. */
class HeldGroupTest {
  /**
   * Each row: what it shows, the text, the parser's arcs ({@link FakeAnnotation#deps}; {@code -}: none)
   * and a mention expected in it, written as {@link DictionaryEntityResolverTest#at} shows it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
      a demonym before the noun gives the country alone (prisoners) | Palestinian prisoners began a hunger strike, and two Yemeni detainees joined them. | - | `Palestinian prisoners | GROUP | Palestinian Territories prisoners | - | - | PSE | PSE`
      a demonym before the noun gives the country alone (detainees) | Palestinian prisoners began a hunger strike, and two Yemeni detainees joined them. | - | `Yemeni detainees | GROUP | Yemen detainees | - | - | YEM | YEM`
      a singular hostage and a country after from (hostage) | A Nepali hostage was freed, and inmates from Peru were sent home. | nmod(inmates, Peru) case(Peru, from) | `Nepali hostage | GROUP | Nepal hostage | - | - | NPL | NPL`
      a singular hostage and a country after from (inmates) | A Nepali hostage was freed, and inmates from Peru were sent home. | nmod(inmates, Peru) case(Peru, from) | `inmates from Peru | GROUP | Peru inmates | - | - | PER | PER`
      """)
  void givesTheCountryAlone(String what, String text, String arcs, String mention) {
    assertMention(text, arcs, mention);
  }

  @Test
  void wherePrisonersAreHeldIsNotTheirCountry() {
    String t = "Captives in Bolivia wrote to their families.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("Captives", "Bolivia", "nmod").dep("Bolivia", "in", "case"));
    assertTrue(m.stream().noneMatch(e -> e.type().equals("GROUP")), () -> EntityInvariants.showAll(m));
  }

  @Test
  void anOrganisationBeforeTheNounMayBeTheHolderSoGivesNoGroup() {
    String t = "The Taliban hostages were moved at night.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertTrue(m.stream().noneMatch(e -> e.type().equals("GROUP")), () -> EntityInvariants.showAll(m));
  }

  @Test
  void aNounModifyingAnotherIsNoGroupAndNoCountryIsNoActor() {
    String t = "Egyptian officials discussed a prisoner swap, and detainees waited.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("swap", "prisoner", "compound"));
    assertTrue(m.stream().noneMatch(e -> e.text().contains("prisoner") || e.text().contains("detainees")),
        () -> EntityInvariants.showAll(m));
  }
}
