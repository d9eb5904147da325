package org.dyad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which agent phrases denote people or groups, by WordNet 3.1's first sense of the phrase or its head. */
class ActorSensesTest {
  private static ActorSenses senses;

  @BeforeAll
  static void load() {
    senses = ActorSenses.wordNet31();
  }

  @Test
  void peopleAndGroupsWithTheirNumber() {
    assertEquals(new ActorSenses.Reading(ActorSenses.Kind.PERSON, false, false, "bureaucrat"), senses.read("bureaucrat"));
    assertEquals(new ActorSenses.Reading(ActorSenses.Kind.PERSON, true, false, "herdsman"), senses.read("herdsmen"));
    assertEquals(ActorSenses.Kind.GROUP, senses.read("committee").kind());
    assertEquals(ActorSenses.Kind.PERSON, senses.read("heads of state").kind(), "WordNet's own compound, plural");
  }

  @Test
  void aPhraseReadsAsItsHead() {
    assertEquals(ActorSenses.Kind.GROUP, senses.read("central election commission").kind());
    assertEquals(ActorSenses.Kind.PERSON, senses.read("minister of agriculture").kind());
    assertEquals("military spokesman", senses.read("military spokesmen").singular());
    assertNull(senses.read("cabinet meeting"), "a meeting is no group");
    assertNull(senses.read("head of national police"), "a head is first a body part");
    assertNull(senses.read("ambassador to"), "a phrase ending in a preposition");
  }

  @Test
  void commonWordsInTheirCommonSenseAreNoActors() {
    for (String w : new String[] {"authority", "tanker", "head", "airways"}) {
      assertNull(senses.read(w), w);
    }
  }

  @Test
  void tradesThatAreSurnamesAreMarked() {
    assertTrue(senses.read("farmer").alsoAName());
    assertTrue(!senses.read("bureaucrat").alsoAName());
  }
}
