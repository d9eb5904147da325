package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.assertMention;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dictionary names in capitals, in careless mixed case, and never in plain lower case. */
class NameCasingTest {
  /**
   * Each row: what it shows, the text (its annotation marks no names) and a mention expected in it,
   * written as {@link DictionaryEntityResolverTest#at} shows it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      names in a headline in capitals match (Syria) | SYRIA WARNS TURKEY OVER BORDER RAIDS | `SYRIA | COUNTRY | Syria | - | - | SYR | SYR`
      names in a headline in capitals match (Turkey) | SYRIA WARNS TURKEY OVER BORDER RAIDS | `TURKEY | COUNTRY | Turkey | - | - | TUR | TUR`
      a known person in capitals matches | ERDOGAN HOSTS TALKS ON GRAIN EXPORTS | `ERDOGAN | PERSON | Recep Tayyip Erdogan | - | - | TUR | TURGOV`
      irregular mixed case matches (RuSSia) | Officials in RuSSia and iRan denied the report. | `RuSSia | COUNTRY | Russia | - | - | RUS | RUS`
      irregular mixed case matches (iRan) | Officials in RuSSia and iRan denied the report. | `iRan | COUNTRY | Iran | - | - | IRN | IRN`
      a capitalised title makes a lower case known surname the person (obama) | On Monday President obama met Chancellor merkel in the garden. | `obama | PERSON | Barack Obama | - | - | USA | USAGOV`
      a capitalised title makes a lower case known surname the person (merkel) | On Monday President obama met Chancellor merkel in the garden. | `merkel | PERSON | Angela Merkel | - | - | DEU | DEUGOV`
      """)
  void matches(String what, String text, String mention) {
    assertMention(text, null, mention);
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
  void aLowerCaseSurnameWithoutACapitalisedTitleIsNoPerson() {
    String t = "The president pruned a bush while the minister obama watched.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertTrue(m.stream().noneMatch(e -> e.type().equals("PERSON")), () -> EntityInvariants.showAll(m));
  }
}
