package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.CleanedArticle;
import org.junit.jupiter.api.Test;

/** A leader is a leader only while in office: the article's date picks the code (leaders.tsv, the Phoenix table). */
class DatedActorTest {
  private static final String TEXT = "Hamid Karzai spoke to elders in the south.";

  private static String karzai(LocalDate date) {
    CleanedArticle a = new CleanedArticle("t", null, null, null, date, null, TEXT, "en", List.of());
    return at(DictionaryEntityResolverTest.resolve(a, FakeAnnotation.of(TEXT).person("Hamid Karzai")), "Hamid Karzai");
  }

  @Test
  void theArticleDatePicksTheCode() {
    assertEquals("Hamid Karzai | PERSON | Hamid Karzai | - | - | AFG | AFGGOV", karzai(LocalDate.of(2010, 6, 1)));
    assertEquals("Hamid Karzai | PERSON | Hamid Karzai | - | - | AFG | AFGELI", karzai(LocalDate.of(2019, 6, 1)));
  }

  @Test
  void anUndatedArticleHasTheCodesOfTheListsOwnDate() {
    assertEquals("Hamid Karzai | PERSON | Hamid Karzai | - | - | AFG | AFGELI", karzai(null));
  }

  @Test
  void aTitleInTheTextNamesTheOfficeWhateverTheDate() {
    String t = "President Hamid Karzai spoke to elders in the south.";
    CleanedArticle a = new CleanedArticle("t", null, null, null, null, null, t, "en", List.of());
    assertEquals("President Hamid Karzai | PERSON | Hamid Karzai | President | - | AFG | AFGGOV",
        at(DictionaryEntityResolverTest.resolve(a, FakeAnnotation.of(t).person("Hamid Karzai")), "President Hamid Karzai"));
  }

  @Test
  void theConvertedPhoenixTableLoadsUnderDyadsOwnFiles() {
    Gazetteer g = EntityDictionaries.standard().gazetteer();
    assertEquals(GazetteerEntry.Kind.ORG, g.get("Knesset").kind(), "a Phoenix organisation");
    assertEquals("ISRGOVLEG", g.get("Knesset").actor());
    assertEquals("IGOUNO", g.get("United Nations").actor(), "organizations.tsv wins over the converted table");
  }
}
