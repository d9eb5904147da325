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

  @Test
  void anAgentTakesTheActorAfterOfOrIn() {
    String t = "The harbour master of Borduria met fishermen in Ruritania.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("BORGOV", actorOf(m, "harbour master of Borduria"));
    assertEquals("RURCVL", actorOf(m, "fishermen in Ruritania"));
  }

  @Test
  void aTitleBeforeACodedNameTakesTheNamesCountry() {
    String t = "Harbour master Rupert Hentzau left. Ruritanian chancellor Rupert Hentzau returned.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Rupert Hentzau"));
    assertEquals("RURGOV", actorOf(m, "Harbour master Rupert Hentzau"));
    assertEquals("RURGOVFIN", actorOf(m, "Ruritanian chancellor Rupert Hentzau"), "a code of two blocks joins whole");
  }

  @Test
  void aPrefixedCodeGoesBeforeTheActorAndAgentsOnBothSidesJoin() {
    String t = "A relief agency Borduria official arrived.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("NGOBORGOV", actorOf(m, "relief agency Borduria official"));
  }

  @Test
  void aBlockTheActorAlreadyHasIsNotAddedAgain() {
    String t = "Zenda Palace officials denied it.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("RURGOV", actorOf(m, "Zenda Palace officials"));
  }

  @Test
  void formerMakesTheAgentsElites() {
    String t = "Former Bordurian harbour masters and former officials in Ruritania wrote a letter.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("BORELI", actorOf(m, "Former Bordurian harbour masters"), "a word starting with the phrase takes endings");
    assertEquals("RURELI", actorOf(m, "former officials in Ruritania"));
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

  @Test
  void coordinatedAgentsShareTheirActor() {
    String t = "Bordurian officials and harbour masters met. Fishermen and officials in Ruritania agreed.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("BORGOV", actorOf(m, "Bordurian officials"));
    assertEquals("harbour masters | GROUP | Borduria harbour masters | - | - | BOR | BORGOV", at(m, "harbour masters"),
        "the shared modifier stays with the first phrase");
    assertEquals("RURCVL", actorOf(m, "Fishermen"));
    assertEquals("RURGOV", actorOf(m, "officials in Ruritania"));
  }
}
