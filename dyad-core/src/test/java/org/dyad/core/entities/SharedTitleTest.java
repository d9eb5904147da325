package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.actorOf;
import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles that companies use too ("president", "spokeswoman") and the article's country, a country
 * after the name, and company names as affiliations (texts written for this test).
 */
class SharedTitleTest {
  /** Each row: what it shows, the text (a dateline place before its first comma when given), the person, the mention, its actor. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      a shared title takes no country from the other actors alone | - | The Kenyan company sold its bank unit. President Ruth Achieng said debt fell. | Ruth Achieng | President Ruth Achieng | GOV
      a title of states alone still takes the only country | - | Kenyan exports grew. Foreign Minister Ruth Achieng said debt fell. | Ruth Achieng | Foreign Minister Ruth Achieng | KENGOV
      a shared title takes the dateline's country | NAIROBI | NAIROBI, Kenya - President Ruth Achieng said debt fell. | Ruth Achieng | President Ruth Achieng | KENGOV
      of a country after the name gives the title its country | - | President Lena Holm of Norway met Swedish officials in Oslo. | Lena Holm | President Lena Holm | NORGOV
      """)
  void codesTheTitledPerson(String what, String dateline, String text, String person, String mention, String actor) {
    var article = dateline == null ? FakeAnnotation.article(text) : FakeAnnotation.article(text, dateline);
    assertEquals(actor, actorOf(at(resolve(article, FakeAnnotation.of(text).person(person)), mention)), what);
  }

  @Test
  void aCompanyNameMakesItsPresidentBusiness() {
    String t = "William Stone, president of the Acme Widgets Inc. unit, said sales rose.";
    var m = resolve(t, FakeAnnotation.of(t).person("William Stone").mention("ORGANIZATION", "Acme Widgets Inc."));
    assertEquals("BUS", actorOf(at(m, "William Stone")));
  }
}
