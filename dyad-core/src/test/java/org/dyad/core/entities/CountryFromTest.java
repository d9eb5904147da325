package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Every coded entity says how its country was reached. */
class CountryFromTest {
  private static String sources(List<EntityMention> m) {
    return m.stream().map(e -> e.text() + ":" + e.country() + ":" + e.countryFrom()).collect(Collectors.joining(" | "));
  }

  @Test
  void nameTitleAndOrganisation() {
    String t = "Kremlin spokesman Ivan Petrov said Afghan forces and Iran's envoy Ali Rezaei met in Geneva.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Ivan Petrov").person("Ali Rezaei"));
    assertEquals("Kremlin spokesman Ivan Petrov:RUS:organisation | Afghan forces:AFG:title"
        + " | Iran's envoy Ali Rezaei:IRN:title | Geneva:CHE:name", sources(m));
  }

  @Test
  void datelineAndContext() {
    String t = "Deputy Minister Omar Haddad said the border stayed open.";
    assertEquals("Deputy Minister Omar Haddad:JOR:dateline",
        sources(resolve(FakeAnnotation.article(t, "AMMAN"), FakeAnnotation.of(t).person("Omar Haddad"))));
    String u = "Turkish troops crossed the border. The militants withdrew.";
    assertEquals("Turkish troops:TUR:title | militants:TUR:context", sources(resolve(u, FakeAnnotation.of(u))));
  }

  @Test
  void anAcronymDefinedAsACountrysMinistry() {
    String t = "Afghanistan's Ministry of Interior (MoI) said the roads were safe. MoI deputy spokesman Nasir Hamidi spoke.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Nasir Hamidi").mention("ORGANIZATION", "Ministry of Interior"));
    assertEquals("organisation", m.stream().filter(e -> e.text().startsWith("MoI deputy")).findFirst().orElseThrow()
        .countryFrom(), sources(m));
  }

  @Test
  void noCountryNoSource() {
    String t = "Police Chief Tom Barker said he was held.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Tom Barker"));
    assertEquals(List.of(), m.stream().filter(e -> e.countryFrom() != null).toList());
  }
}
