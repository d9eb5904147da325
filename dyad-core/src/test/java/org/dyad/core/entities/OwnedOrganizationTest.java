package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.actorOf;
import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organisation the annotator found, owned by a country in the possessive before it: the owner's
 * country, with at most two lower-case modifiers between, whatever place its name mentions; its
 * acronym defined in parentheses is the same actor (texts written for this test).
 */
class OwnedOrganizationTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', ignoreLeadingAndTrailingWhitespace = true, textBlock = """
      # the name mentions another country than its owner
      Egypt's Sudan Liaison Office said the border was open. ; Sudan Liaison Office ; EGY
      # lower-case modifiers between the owner and the name
      Chile's ruling Social Renewal Party won the vote. ; Social Renewal Party ; CHLPTY
      Kenya's main opposition Orange Unity Party walked out. ; Orange Unity Party ; KENPTY
      # no possessive: the country its name mentions, as before
      The Kenyan Unity Party walked out. ; Kenyan Unity Party ; KENPTY
      # three modifiers are too far for ownership
      Chile's small but loud Social Renewal Party won the vote. ; Social Renewal Party ; PTY
      """)
  void theOwnersCountryCodesTheOrganization(String text, String name, String actor) {
    var m = resolve(text, FakeAnnotation.of(text).mention("ORGANIZATION", name));
    String shown = at(m, name);
    assertEquals(actor, actorOf(shown), shown);
  }

  @Test
  void theAcronymOfAnOwnedOrganizationIsTheSameActor() {
    String text = "Chile's ruling Social Renewal Party (SRP) won. Later the SRP said it would govern alone.";
    var m = resolve(text, FakeAnnotation.of(text).mention("ORGANIZATION", "Social Renewal Party"));
    String later = at(m, "SRP", 1);
    assertEquals("CHLPTY", actorOf(later), later);
  }
}
