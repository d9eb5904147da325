package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Dictionary names in capitals, in careless mixed case, and never in plain lower case. */
class NameCasingTest {
  @Test
  void namesInAHeadlineInCapitalsMatch() {
    String t = "SYRIA WARNS TURKEY OVER BORDER RAIDS";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("SYRIA | COUNTRY | Syria | - | - | SYR | SYR", at(m, "SYRIA"));
    assertEquals("TURKEY | COUNTRY | Turkey | - | - | TUR | TUR", at(m, "TURKEY"));
  }

  @Test
  void aKnownPersonInCapitalsMatches() {
    String t = "ERDOGAN HOSTS TALKS ON GRAIN EXPORTS";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("ERDOGAN | PERSON | Recep Tayyip Erdogan | - | - | TUR | TURGOV", at(m, "ERDOGAN"));
  }

  @Test
  void irregularMixedCaseMatches() {
    String t = "Officials in RuSSia and iRan denied the report.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("RuSSia | COUNTRY | Russia | - | - | RUS | RUS", at(m, "RuSSia"));
    assertEquals("iRan | COUNTRY | Iran | - | - | IRN | IRN", at(m, "iRan"));
  }

  @Test
  void commonWordsInLowerCaseAreNoNames() {
    String t = "We served roast turkey on old china plates near a bush and a chad of paper by the jordan almonds.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertTrue(m.isEmpty(), () -> "expected no entities in\n" + EntityInvariants.showAll(m));
  }

  @Test
  void aNameInLowerCaseDoesNotMatchEvenWhenItIsNoCommonWord() {
    String t = "The envoy flew to iran on Tuesday.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertTrue(m.stream().noneMatch(e -> e.text().equals("iran")), "lower case never matches: " + m);
  }

  @Test
  void aCapitalisedTitleMakesALowerCaseKnownSurnameThePerson() {
    String t = "On Monday President obama met Chancellor merkel in the garden.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("obama | PERSON | Barack Obama | - | - | USA | USAGOV", at(m, "obama"));
    assertEquals("merkel | PERSON | Angela Merkel | - | - | DEU | DEUGOV", at(m, "merkel"));
  }

  @Test
  void aLowerCaseSurnameWithoutACapitalisedTitleIsNoPerson() {
    String t = "The president pruned a bush while the minister obama watched.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertTrue(m.stream().noneMatch(e -> e.type().equals("PERSON")), () -> EntityInvariants.showAll(m));
  }
}
