package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Names match whole and in their own sense; a state's body in lower case belongs to the country before it. */
class WholeNameTest {
  @Test
  void aNationalSecurityCouncilIsNotTheUnsCouncil() {
    String t = "A former official of the National Security Council wrote the memo.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).mention("ORGANIZATION", "National Security Council"));
    assertTrue(m.stream().noneMatch(e -> "IGOUNO".equals(e.actor())), () -> EntityInvariants.showAll(m));
  }

  @Test
  void aRegionNamedLikeACountryIsNotTheCountry() {
    String t = "Health officials in Inner Mongolia reported two cases.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).mention("LOCATION", "Inner Mongolia"));
    assertTrue(m.stream().noneMatch(e -> "MNG".equals(e.country())), () -> EntityInvariants.showAll(m));
  }

  @Test
  void aDirectionBeforeACountryIsStillTheCountry() {
    String t = "Fighting spread across Northern Afghanistan last week.";
    assertEquals("Afghanistan | COUNTRY | Afghanistan | - | - | AFG | AFG", at(resolve(t, FakeAnnotation.of(t)), "Afghanistan"));
  }

  @Test
  void theAfghanForeignMinistryInLowerCaseIsTheGovernment() {
    String t = "A spokesman for the Afghan foreign ministry denied the report.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertTrue(m.stream().anyMatch(e -> "AFGGOV".equals(e.actor()) && e.text().contains("foreign ministry")),
        () -> EntityInvariants.showAll(m));
  }

  @Test
  void aForeignMinistryInLowerCaseWithoutACountryIsNothing() {
    String t = "He said the foreign ministry was closed.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertTrue(m.isEmpty(), () -> EntityInvariants.showAll(m));
  }
}
