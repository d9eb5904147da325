package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.actorOf;
import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * A known person's surname that names someone else in the article ("Keron Blair" is not Tony
 * Blair), and a title of an organisation no dictionary codes (texts written for this test).
 */
class OtherNameTest {
  private static final String KERON = "The alliance grew.\n\nKeron Blair, executive director of AROS, called for more."
      + " Blair said the day mattered.";

  @Test
  void aSurnameAfterAnotherFirstNameIsAnotherPerson() {
    // the annotator leaves "Keron" out, as CoreNLP does
    List<EntityMention> m = resolve(KERON, FakeAnnotation.of(KERON).person("Blair").mention("PERSON", "Blair", 1));
    assertEquals("Keron Blair | PERSON | Keron Blair | director | AROS | - | -", at(m, "Keron Blair"));
    assertEquals("Blair | PERSON | Keron Blair | director | AROS | - | -", at(m, "Blair"),
        "the later surname is the article's Keron Blair, not the dictionary's Tony Blair");
  }

  @Test
  void theKnownPersonKeepsTheSurnameWhenNamedNearerOrAddressed() {
    String t = KERON + " Former British prime minister Tony Blair stayed away. Mr Blair left.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Blair").mention("PERSON", "Blair", 1)
        .person("Tony Blair").mention("PERSON", "Blair", 3));
    assertEquals("GBRELI", actorOf(at(m, "Blair", 1)), "Mr Blair after Tony Blair");
  }

  @Test
  void aFirstNameWithTheKnownOnesInitialIsTheKnownPerson() {
    String t = "Joseph Biden spoke in Dover.";
    org.dyad.model.CleanedArticle in2022 = new org.dyad.model.CleanedArticle("t", null, null, null,
        java.time.LocalDate.of(2022, 3, 1), null, t, "en", List.of());
    assertEquals("USAGOV", actorOf(at(resolve(in2022, FakeAnnotation.of(t).person("Joseph Biden")), "Joseph Biden")));
  }

  @Test
  void aTitleOfAnOrganisationNoDictionaryCodesGivesNoRole() {
    String t = "Michael Mulgrew, president of the United Federation of Teachers, agreed.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Michael Mulgrew")
        .mention("ORGANIZATION", "United Federation of Teachers"));
    assertEquals("-", actorOf(at(m, "Michael Mulgrew")), "a union's president is no government (GOV)");
  }
}
