package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Prisoners, detainees, hostages, inmates and captives: their country alone, never their holder's. */
class HeldGroupTest {
  @Test
  void aDemonymBeforeTheNounGivesTheCountryAlone() {
    String t = "Palestinian prisoners began a hunger strike, and two Yemeni detainees joined them.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("Palestinian prisoners | GROUP | Palestinian Territories prisoners | - | - | PSE | PSE", at(m, "Palestinian prisoners"));
    assertEquals("Yemeni detainees | GROUP | Yemen detainees | - | - | YEM | YEM", at(m, "Yemeni detainees"));
  }

  @Test
  void aSingularHostageAndACountryAfterFrom() {
    String t = "A Nepali hostage was freed, and inmates from Peru were sent home.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("inmates", "Peru", "nmod").dep("Peru", "from", "case"));
    assertEquals("Nepali hostage | GROUP | Nepal hostage | - | - | NPL | NPL", at(m, "Nepali hostage"));
    assertEquals("inmates from Peru | GROUP | Peru inmates | - | - | PER | PER", at(m, "inmates from Peru"));
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
