package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

class RoleNounLinkerTest {
  @Test
  void descriptionWithASeatOfPowerTakesTheSpokesman() {
    String t = "Kremlin spokesman Ivan Sokolov spoke on Monday. The Kremlin spokesman stressed that Moscow was calm.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Ivan Sokolov"));
    assertEquals("The Kremlin spokesman | PERSON | Ivan Sokolov | spokesman | Kremlin | RUS | RUSGOV",
        at(m, "The Kremlin spokesman"));
  }

  @Test
  void diplomatStandsForAnEnvoyAndTheNearestFittingPersonWins() {
    String t = "Russia's special envoy Oleg Marin met President Amir Dost in Kabul. The diplomat said talks went well.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Oleg Marin").person("Amir Dost"));
    assertEquals("The diplomat | PERSON | Oleg Marin | special envoy | - | RUS | RUSGOV", at(m, "The diplomat"));
  }

  @Test
  void modifierOfAnotherCountryBlocksTheLink() {
    String t = "Russian Foreign Minister Oleg Marin spoke first. Later the Pakistani minister replied.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Oleg Marin"));
    assertFalse(m.stream().anyMatch(e -> e.type().equals("PERSON") && e.text().contains("Pakistani")),
        EntityInvariants.showAll(m));
  }

  @Test
  void spokeswomanIsNotASpokesman() {
    String t = "Taliban spokesman Qari Yusuf spoke. The spokeswoman declined to comment.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Qari Yusuf"));
    assertTrue(m.stream().noneMatch(e -> e.text().equals("The spokeswoman")), EntityInvariants.showAll(m));
  }

  @Test
  void titleFitsByWordOrByTheTable() {
    assertTrue(RoleNounLinker.fits("minister", "Foreign Minister"));
    assertTrue(RoleNounLinker.fits("spokesperson", "Foreign Ministry spokeswoman"));
    assertFalse(RoleNounLinker.fits("president", "first vice-president"));
    assertFalse(RoleNounLinker.fits("envoy", "Foreign Minister"));
  }
}
