package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Actor codes from context, from the people dictionary and from extra (user) dictionaries. */
class ActorCodeTest {
  @Test
  void aTitledPersonTakesTheOnlyCountryOfTheArticle() {
    String t = "Minister Lena Holm said Norway would cut its tariffs.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Lena Holm"));
    assertEquals("Minister Lena Holm | PERSON | Lena Holm | Minister | - | NOR | NORGOV", at(m, "Minister Lena Holm"));
  }

  @Test
  void aTitledPersonTakesTheDatelineCountryFirst() {
    String t = "Minister Lena Holm said Norway and Sweden would cut their tariffs.";
    List<EntityMention> m = resolve(FakeAnnotation.article(t, "OSLO"), FakeAnnotation.of(t).person("Lena Holm"));
    assertEquals("Minister Lena Holm | PERSON | Lena Holm | Minister | - | NOR | NORGOV", at(m, "Minister Lena Holm"));
  }

  @Test
  void withSeveralCountriesAndNoDatelineTheRoleStaysBare() {
    String t = "Minister Lena Holm said Norway and Sweden would cut their tariffs.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Lena Holm"));
    assertEquals("Minister Lena Holm | PERSON | Lena Holm | Minister | - | - | GOV", at(m, "Minister Lena Holm"));
  }

  @Test
  void aGroupFromACountryAfterTheNounIsThatCountrysGroup() {
    String t = "Troops from Chad and officials of Mali met in a border town.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t));
    assertEquals("Troops from Chad | GROUP | Chad troops | - | - | TCD | TCDMIL", at(m, "Troops from Chad"));
    assertEquals("officials of Mali | GROUP | Mali officials | - | - | MLI | MLIGOV", at(m, "officials of Mali"));
  }

  @Test
  void aKnownLeaderKeepsTheTitleAndTakesTheGovernmentCode() {
    String t = "Chancellor Angela Merkel spoke to Merkel's aides.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Angela Merkel"));
    assertEquals("Chancellor Angela Merkel | PERSON | Angela Merkel | Chancellor | - | DEU | DEUGOV",
        at(m, "Chancellor Angela Merkel"));
  }

  @Test
  void extraActorsAndAgentsWinOverTheBuiltInDictionaries() {
    EntityDictionaries d = EntityDictionaries.standard().with(
        List.of(new ActorEntry("RURITANIA", "COUNTRY", "RURITANIA", "RUR"),
            new ActorEntry("Zenda Palace", "ORGANIZATION", "Zenda Palace", "RURGOV")),
        List.of(new AgentEntry("HALBERDIERS", "MIL")));
    String t = "Ruritania said Ruritanian halberdiers left Zenda Palace.";
    List<EntityMention> m = new DictionaryEntityResolver(d).resolve(FakeAnnotation.article(t), FakeAnnotation.of(t).build());
    EntityInvariants.check(t, m);
    assertEquals("Ruritania | COUNTRY | RURITANIA | - | - | RUR | RUR", at(m, "Ruritania"));
    assertEquals("Zenda Palace | ORGANIZATION | Zenda Palace | - | - | RUR | RURGOV", at(m, "Zenda Palace"));
    assertEquals(0, m.stream().filter(x -> x.text().startsWith("Ruritanian")).count(),
        "'Ruritanian' is not in the extra dictionary: an exact phrase only");
  }
}
