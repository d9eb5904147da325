package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

/** A place named as a modifier of the noun after the preposition: "the mayor of the Afghan city". */
class GroupPlaceModifierTest {
  @Test
  void aDemonymOnTheNounAfterOfGivesATitleItsCountry() {
    String t = "The mayor of the southern Afghan city resigned.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("mayor", "city", "nmod").dep("city", "of", "case")
        .dep("city", "the", "det").dep("city", "southern", "amod").dep("city", "Afghan", "amod")
        .dep("resigned", "mayor", "nsubj"));
    assertEquals("mayor of the southern Afghan city | GROUP | Afghanistan mayor | - | - | AFG | AFGGOV",
        at(m, "mayor of the southern Afghan city"));
  }

  @Test
  void aMultiWordPlaceAsCompoundOfTheNoun() {
    String t = "The governor of a small West Bank village spoke.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("governor", "village", "nmod").dep("village", "of", "case")
        .dep("village", "a", "det").dep("village", "small", "amod").dep("village", "Bank", "compound")
        .dep("Bank", "West", "compound"));
    assertEquals("governor of a small West Bank village | GROUP | West Bank governor | - | - | PSE | PSEGOV",
        at(m, "governor of a small West Bank village"));
  }

  @Test
  void aNamedPlaceOneNmodFurtherWinsAndTheSpanRunsToIt() {
    String t = "The mayor of the Afghan provincial capital of Kandahar quit.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("mayor", "capital", "nmod").dep("capital", "of", "case")
        .dep("capital", "Afghan", "amod").dep("capital", "provincial", "amod").dep("capital", "Kandahar", "nmod")
        .dep("Kandahar", "of", "case"));
    assertEquals("mayor of the Afghan provincial capital of Kandahar | GROUP | Kandahar mayor | - | - | AFG | AFGGOV",
        at(m, "mayor of the Afghan provincial capital of Kandahar"));
  }

  @Test
  void aLocalGroupInAPlaceNamedByItsModifier() {
    String t = "Police in a Chilean mining town arrested four men.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("Police", "town", "nmod").dep("town", "in", "case")
        .dep("town", "a", "det").dep("town", "Chilean", "amod").dep("town", "mining", "compound"));
    assertEquals("Police in a Chilean mining town | GROUP | Chile police | - | - | CHL | CHLCOP",
        at(m, "Police in a Chilean mining town"));
  }

  @Test
  void troopsInAForeignTownAreStillNotOfIt() {
    String t = "Troops in an Iraqi border town waited.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("Troops", "town", "nmod").dep("town", "in", "case")
        .dep("town", "Iraqi", "amod").dep("town", "border", "compound"));
    assertTrue(m.stream().noneMatch(e -> e.text().startsWith("Troops in")), () -> EntityInvariants.showAll(m));
  }
}
