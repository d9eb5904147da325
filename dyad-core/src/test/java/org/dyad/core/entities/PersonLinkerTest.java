package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

class PersonLinkerTest {
  @Test
  void familyNameFirstForAChineseOfficial() {
    String t = "Chinese Foreign Ministry spokesperson Zhao Lifeng spoke on Monday. Zhao added that talks went on.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Zhao Lifeng").mention("PERSON", "Zhao", 1));
    assertEquals("Zhao | PERSON | Zhao Lifeng | Foreign Ministry spokesperson | -"
        + " | CHN | CHNGOV", at(m, "Zhao"));
  }

  @Test
  void hyphenatedGivenNameMarksTheFamilyNameFirst() {
    String t = "Premier Lin Wei-ting spoke on Monday. Lin said the island would not yield.";
    List<EntityMention> m = resolve(FakeAnnotation.article(t, "TAIPEI"), FakeAnnotation.of(t).person("Lin Wei-ting"));
    assertEquals("Lin | PERSON | Lin Wei-ting | Premier | - | TWN | TWNGOV", at(m, "Lin"));
  }

  @Test
  void westernGivenNameAloneIsNoSurname() {
    String t = "Minister Karl Berger spoke on Monday. Karl Jansen said nothing. Karl left.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Karl Berger").person("Karl Jansen")
        .mention("PERSON", "Karl", 2));
    assertEquals("Karl | PERSON | Karl | - | - | - | -", at(m, "Karl"));
  }

  @Test
  void sharedSurnameGoesToTheMoreMentionedPerson() {
    String t = "Chinese Foreign Ministry spokesperson Wang Haoran spoke. Wang said aid was needed. "
        + "Foreign Minister Wang Deming met envoys. Wang said the region must be stable.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Wang Haoran").mention("PERSON", "Wang", 1)
        .person("Wang Deming").mention("PERSON", "Wang", 3));
    assertEquals("Wang | PERSON | Wang Haoran | Foreign Ministry spokesperson"
        + " | - | CHN | CHNGOV", at(m, "Wang", 0));
    assertEquals("Wang | PERSON | Wang Haoran | Foreign Ministry spokesperson"
        + " | - | CHN | CHNGOV", at(m, "Wang", 1));
  }

  @Test
  void sharedSurnameWithEqualMentionsStaysUnresolved() {
    String t = "Minister Anna Novak met Petr Novak in Prague. Novak said the talks were useful.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Anna Novak").person("Petr Novak")
        .mention("PERSON", "Novak", 2));
    assertEquals("Novak | PERSON | Novak | - | - | - | -", at(m, "Novak"));
  }
}
