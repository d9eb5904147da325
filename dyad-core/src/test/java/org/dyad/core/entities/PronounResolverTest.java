package org.dyad.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;
import org.junit.jupiter.api.Test;

class PronounResolverTest {
  private static EntityMention antecedentOf(String text, FakeAnnotation fake, String pronoun) {
    Annotation a = fake.build();
    List<EntityMention> entities = new DictionaryEntityResolver().resolve(FakeAnnotation.article(text), a);
    Token t = a.tokens().get(fake.tokenOf(pronoun));
    return PronounResolver.antecedent(a, entities, t);
  }

  @Test
  void sheSkipsAPersonWhoseTitleIsMale() {
    String t = "Party spokeswoman Ana Ruiz met Kremlin spokesman Ivan Sokolov. she said talks went well.";
    FakeAnnotation f = FakeAnnotation.of(t).person("Ana Ruiz").person("Ivan Sokolov");
    assertEquals("Ana Ruiz", antecedentOf(t, f, "she").name());
  }

  @Test
  void withoutAnyGenderCueTheSubjectOfTheNearestSentenceWins() {
    String t = "Minister Ana Ruiz met Minister Ivan Sokolov. he said talks went well.";
    FakeAnnotation f = FakeAnnotation.of(t).person("Ana Ruiz").person("Ivan Sokolov").dep("met", "Ruiz", "nsubj").dep("met", "Sokolov", "obj");
    assertEquals("Ana Ruiz", antecedentOf(t, f, "he").name());
  }

  @Test
  void twoPeopleEquallyLikelyAreATieAndNoAnswer() {
    String t = "Talks between Minister Ana Ruiz and Minister Ivan Sokolov ended. he said talks went well.";
    FakeAnnotation f = FakeAnnotation.of(t).person("Ana Ruiz").person("Ivan Sokolov");
    assertNull(antecedentOf(t, f, "he"));
  }

  @Test
  void aFormOfAddressBeforeAnyMentionGivesThePersonAGender() {
    String t = "Mr. Sokolov met Ana Ruiz. Later Ruiz and Sokolov spoke. she said talks went well.";
    FakeAnnotation f = FakeAnnotation.of(t).person("Sokolov").person("Ana Ruiz").mention("PERSON", "Ruiz", 1).mention("PERSON", "Sokolov", 1);
    assertEquals("Ana Ruiz", antecedentOf(t, f, "she").name());
  }

  @Test
  void theSpeakerJustBeforeKeepsTheFloorUntilSomeoneElseIsASubject() {
    String t = "Minister Ana Ruiz praised Minister Eva Lind. The talks with Lind went well. she said more would follow.";
    FakeAnnotation f = FakeAnnotation.of(t).person("Ana Ruiz").person("Eva Lind").mention("PERSON", "Lind", 1)
        .dep("praised", "Ruiz", "nsubj").dep("praised", "Lind", "obj");
    Annotation a = f.build();
    List<EntityMention> entities = new DictionaryEntityResolver().resolve(FakeAnnotation.article(t), a);
    Token she = a.tokens().get(f.tokenOf("she"));
    EntityMention ruiz = entities.stream().filter(e -> e.name().equals("Ana Ruiz")).findFirst().orElseThrow();
    assertEquals("Ana Ruiz", PronounResolver.antecedent(a, entities, she, ruiz).name());
    assertEquals("Eva Lind", PronounResolver.antecedent(a, entities, she).name());
  }

  @Test
  void anObjectPronounIsNotTheSubjectOfItsOwnVerb() {
    String t = "Minister Ana Ruiz spoke. Minister Ivan Sokolov told him nothing.";
    FakeAnnotation f = FakeAnnotation.of(t).person("Ana Ruiz").person("Ivan Sokolov")
        .dep("told", "Sokolov", "nsubj").dep("told", "him", "obj");
    EntityMention e = antecedentOf(t, f, "him");
    assertEquals("Ana Ruiz", e.name());
  }

  @Test
  void anObjectPronounIsNotTheSubjectOfTheClauseItsVerbSharesASubjectWith() {
    String t = "Minister Ana Ruiz met Minister Ivan Sokolov and handed him a letter.";
    FakeAnnotation f = FakeAnnotation.of(t).person("Ana Ruiz").person("Ivan Sokolov")
        .dep("met", "Ruiz", "nsubj").dep("met", "Sokolov", "obj").dep("met", "handed", "conj").dep("handed", "him", "iobj");
    assertEquals("Ivan Sokolov", antecedentOf(t, f, "him").name());
  }

  @Test
  void noPersonBeforeGivesNull() {
    String t = "he said talks went well in Kabul.";
    assertNull(antecedentOf(t, FakeAnnotation.of(t), "he"));
  }

  @Test
  void genderOfTitlesAndPronouns() {
    assertEquals('F', PronounResolver.genderOf("Her"));
    assertEquals('?', PronounResolver.genderOf("they"));
    EntityMention german = new EntityMention(0, 27, "German Foreign Minister X Y", "PERSON", "X Y", "Foreign Minister",
        null, "DEU", "DEUGOV");
    assertEquals('?', PronounResolver.genderOf(german));
  }
}
