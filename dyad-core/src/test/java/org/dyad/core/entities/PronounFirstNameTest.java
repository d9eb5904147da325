package org.dyad.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;

/** First-name genders reach the pronoun rule through the annotation, never from a model file. */
class PronounFirstNameTest {
  private static final String TEXT = "Minister Ana Ruiz met Minister Ivan Sokolov. she said talks went well.";

  private static String antecedent(Map<String, Character> genders) {
    FakeAnnotation fake = FakeAnnotation.of(TEXT).person("Ana Ruiz").person("Ivan Sokolov");
    Annotation plain = fake.build();
    Annotation a = new Annotation(plain.tokens(), plain.sentences(), plain.mentions(), plain.timexes(), genders);
    List<EntityMention> entities = new DictionaryEntityResolver().resolve(FakeAnnotation.article(TEXT), a);
    EntityMention e = PronounResolver.antecedent(a, entities, a.tokens().get(fake.tokenOf("she")));
    return e == null ? "none" : e.name();
  }

  @Test
  void withoutGendersTwoPeopleOfOneSentenceAreATie() {
    assertEquals("none", antecedent(Map.of()));
  }

  @Test
  void theAnnotationsFirstNameGendersSkipAManForShe() {
    assertEquals("Ana Ruiz", antecedent(Map.of("ana", 'F', "ivan", 'M')));
  }

  @Test
  void aRepairedParseKeepsTheGenders() {
    Annotation a = new Annotation(List.of(), List.of(), List.of(), List.of(), Map.of("ana", 'F'));
    assertEquals('F', a.withSentences(List.of()).genderOfName("Ana"));
    assertEquals('?', a.genderOfName("Ivan"));
  }
}
