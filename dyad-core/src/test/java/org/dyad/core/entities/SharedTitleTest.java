package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Titles that companies use too ("president", "spokeswoman") and the article's country, and company
 * names as affiliations (texts written for this test).
 */
class SharedTitleTest {
  private static String actor(String shown) {
    return shown.substring(shown.lastIndexOf(" | ") + 3);
  }

  @Test
  void aSharedTitleTakesNoCountryFromTheOtherActorsAlone() {
    String t = "The Kenyan company sold its bank unit. President Ruth Achieng said debt fell.";
    assertEquals("GOV", actor(at(resolve(t, FakeAnnotation.of(t).person("Ruth Achieng")), "President Ruth Achieng")));
  }

  @Test
  void aTitleOfStatesAloneStillTakesTheOnlyCountry() {
    String t = "Kenyan exports grew. Foreign Minister Ruth Achieng said debt fell.";
    assertEquals("KENGOV", actor(at(resolve(t, FakeAnnotation.of(t).person("Ruth Achieng")), "Foreign Minister Ruth Achieng")));
  }

  @Test
  void aSharedTitleTakesTheDatelinesCountry() {
    String t = "NAIROBI, Kenya - President Ruth Achieng said debt fell.";
    var m = resolve(FakeAnnotation.article(t, "NAIROBI"), FakeAnnotation.of(t).person("Ruth Achieng"));
    assertEquals("KENGOV", actor(at(m, "President Ruth Achieng")));
  }

  @Test
  void ofACountryAfterTheNameGivesTheTitleItsCountry() {
    String t = "President Lena Holm of Norway met Swedish officials in Oslo.";
    assertEquals("NORGOV", actor(at(resolve(t, FakeAnnotation.of(t).person("Lena Holm")), "President Lena Holm")));
  }

  @Test
  void aCompanyNameMakesItsPresidentBusiness() {
    String t = "William Stone, president of the Acme Widgets Inc. unit, said sales rose.";
    var m = resolve(t, FakeAnnotation.of(t).person("William Stone").mention("ORGANIZATION", "Acme Widgets Inc."));
    assertEquals("BUS", actor(at(m, "William Stone")));
  }
}
