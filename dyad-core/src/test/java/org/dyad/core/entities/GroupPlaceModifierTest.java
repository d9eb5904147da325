package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.assertMention;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A place named as a modifier of the noun after the preposition: "the mayor of the Afghan city". */
class GroupPlaceModifierTest {
  /**
   * Each row: what it shows, the text, the parser's arcs ({@link FakeAnnotation#deps}; {@code -}: none)
   * and a mention expected in it, written as {@link DictionaryEntityResolverTest#at} shows it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
      a demonym on the noun after of gives a title its country | The mayor of the southern Afghan city resigned. | nmod(mayor, city) case(city, of) det(city, the) amod(city, southern) amod(city, Afghan) nsubj(resigned, mayor) | `mayor of the southern Afghan city | GROUP | Afghanistan mayor | - | - | AFG | AFGGOV`
      a multi-word place as compound of the noun | The governor of a small West Bank village spoke. | nmod(governor, village) case(village, of) det(village, a) amod(village, small) compound(village, Bank) compound(Bank, West) | `governor of a small West Bank village | GROUP | West Bank governor | - | - | PSE | PSEGOV`
      a named place one nmod further wins and the span runs to it | The mayor of the Afghan provincial capital of Kandahar quit. | nmod(mayor, capital) case(capital, of) amod(capital, Afghan) amod(capital, provincial) nmod(capital, Kandahar) case(Kandahar, of) | `mayor of the Afghan provincial capital of Kandahar | GROUP | Kandahar mayor | - | - | AFG | AFGGOV`
      a local group in a place named by its modifier | Police in a Chilean mining town arrested four men. | nmod(Police, town) case(town, in) det(town, a) amod(town, Chilean) compound(town, mining) | `Police in a Chilean mining town | GROUP | Chile police | - | - | CHL | CHLCOP`
      """)
  void findsThePlace(String what, String text, String arcs, String mention) {
    assertMention(text, arcs, mention);
  }

  @Test
  void troopsInAForeignTownAreStillNotOfIt() {
    String t = "Troops in an Iraqi border town waited.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).dep("Troops", "town", "nmod").dep("town", "in", "case")
        .dep("town", "Iraqi", "amod").dep("town", "border", "compound"));
    assertTrue(m.stream().noneMatch(e -> e.text().startsWith("Troops in")), () -> EntityInvariants.showAll(m));
  }
}
