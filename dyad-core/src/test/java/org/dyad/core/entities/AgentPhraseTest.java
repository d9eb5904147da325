package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.dyad.core.entities.petrarch.PetrarchAgentReader;
import org.dyad.core.entities.petrarch.PetrarchDictionaryReader;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A user's PETRARCH/TABARI actors and agents applied to noun phrases: codes outside ISO 3166, agents
 * before and after their actor, "of"/"in" phrases, prefixed codes, redundant blocks and "former".
 * The dictionaries and sentences are made up for these tests.
 */
class AgentPhraseTest {
  private static final String ACTORS = """
      RURITANIA_ [RUR]
      +RURITANIAN_
      BORDURIA [BOR]
      ZENDA_PALACE_ [RURGOV]
      RUPERT_HENTZAU_ [RUR]
      """;
  private static final String AGENTS = """
      HARBOUR_MASTER [~GOV]
      FISHERMAN {FISHERMEN} [~CVL]
      RELIEF_AGENCY [NGO~]
      CHANCELLOR [~GOVFIN]
      OFFICIAL [~GOV]
      GENDARMERIE {} [~COP]
      """;
  private static final EntityDictionaries DICTIONARIES = dictionaries();

  private static EntityDictionaries dictionaries() {
    try {
      return EntityDictionaries.standard().with(
          PetrarchDictionaryReader.readActors(new StringReader(ACTORS), "test.actors").entriesOn(null),
          PetrarchAgentReader.read(new StringReader(AGENTS), "test.agents"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<EntityMention> resolve(String text, FakeAnnotation fake) {
    List<EntityMention> out = new DictionaryEntityResolver(DICTIONARIES).resolve(FakeAnnotation.article(text), fake.build());
    EntityInvariants.check(text, out);
    return out;
  }

  private static String actorOf(List<EntityMention> m, String text) {
    String shown = at(m, text);
    return shown.substring(shown.lastIndexOf('|') + 2);
  }

  @Test
  void aCodeIsoDoesNotKnowIsACountryThatAgentsJoin() {
    String t = "Borduria's harbour masters closed the port.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("Borduria's harbour masters | GROUP | Borduria harbour masters | - | - | BOR | BORGOV",
        at(m, "Borduria's harbour masters"));
  }

  /** Each row: what it shows, the text (its annotation marks no names), a phrase in it and the phrase's actor code. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      an agent takes the actor after of | The harbour master of Borduria met fishermen in Ruritania. | harbour master of Borduria | BORGOV
      an agent takes the actor after in | The harbour master of Borduria met fishermen in Ruritania. | fishermen in Ruritania | RURCVL
      a prefixed code goes before the actor and agents on both sides join | A relief agency Borduria official arrived. | relief agency Borduria official | NGOBORGOV
      a block the actor already has is not added again | Zenda Palace officials denied it. | Zenda Palace officials | RURGOV
      former makes the agents elites (a word starting with the phrase takes endings) | Former Bordurian harbour masters and former officials in Ruritania wrote a letter. | Former Bordurian harbour masters | BORELI
      former makes the agents elites (after in) | Former Bordurian harbour masters and former officials in Ruritania wrote a letter. | former officials in Ruritania | RURELI
      coordinated agents share their actor (the first phrase) | Bordurian officials and harbour masters met. Fishermen and officials in Ruritania agreed. | Bordurian officials | BORGOV
      coordinated agents share their actor (the first of two before in) | Bordurian officials and harbour masters met. Fishermen and officials in Ruritania agreed. | Fishermen | RURCVL
      coordinated agents share their actor (the phrase with in) | Bordurian officials and harbour masters met. Fishermen and officials in Ruritania agreed. | officials in Ruritania | RURGOV
      """)
  void codes(String what, String text, String phrase, String actor) {
    assertEquals(actor, actorOf(resolve(text, FakeAnnotation.of(text)), phrase));
  }

  @Test
  void coordinatedAgentsKeepTheSharedModifierWithTheFirstPhrase() {
    String t = "Bordurian officials and harbour masters met. Fishermen and officials in Ruritania agreed.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("harbour masters | GROUP | Borduria harbour masters | - | - | BOR | BORGOV", at(m, "harbour masters"),
        "the shared modifier stays with the first phrase");
  }

  @Test
  void aTitleBeforeACodedNameTakesTheNamesCountry() {
    String t = "Harbour master Rupert Hentzau left. Ruritanian chancellor Rupert Hentzau returned.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Rupert Hentzau"));
    assertEquals("RURGOV", actorOf(m, "Harbour master Rupert Hentzau"));
    assertEquals("RURGOVFIN", actorOf(m, "Ruritanian chancellor Rupert Hentzau"), "a code of two blocks joins whole");
  }

  @Test
  void adjectivesBetweenActorAndAgentStayInThePhrase() {
    String t = "Borduria's tired and angry fishermen blocked the port.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).pos("tired", "JJ").pos("angry", "JJ"));
    assertEquals("BORCVL", actorOf(m, "Borduria's tired and angry fishermen"));
  }

  @Test
  void aNounWithAnEmptyPluralHasNoPluralAndAnAgentAloneGivesNothing() {
    String t = "The Borduria gendarmeries and the harbour masters waited.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("Borduria | COUNTRY | Borduria | - | - | BOR | BOR", at(m, "Borduria"));
    assertTrue(m.stream().noneMatch(x -> x.text().contains("harbour masters")), EntityInvariants.showAll(m));
  }

  @Test
  void aCountryTheAnnotatorTookForAPersonStillOwnsTheTitle() {
    String t = "Borduria's Harbour Master Kropp said no.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Borduria").person("Kropp"));
    assertEquals("BORGOV", actorOf(m, "Borduria's Harbour Master Kropp"));
  }
}
