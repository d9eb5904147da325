package org.dyad.core.entities;

import static org.dyad.core.entities.DictionaryEntityResolverTest.at;
import static org.dyad.core.entities.DictionaryEntityResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Titles, affiliations and countries of named people written in the ways agency copy writes them. */
class TitledSpeakerTest {
  @Test
  void ordinalBeforeAHyphenatedTitleBelongsToIt() {
    String t = "Former first vice-president Karim Nadiri said he would stay in Herat.";
    List<EntityMention> m = resolve(FakeAnnotation.article(t, "KABUL"), FakeAnnotation.of(t).person("Karim Nadiri"));
    assertEquals("Former first vice-president Karim Nadiri | PERSON | Karim Nadiri | Former first vice-president"
        + " | - | AFG | AFGELI", at(m, "Former first vice-president Karim Nadiri"));
  }

  @Test
  void theGovernmentOfIsNotPartOfTheTitle() {
    String t = "Beijing wants to weaken the government of President Lin Mei-hua in Taipei.";
    List<EntityMention> m = resolve(FakeAnnotation.article(t, "TAIPEI"), FakeAnnotation.of(t).person("Lin Mei-hua"));
    assertEquals("President Lin Mei-hua | PERSON | Lin Mei-hua | President | - | TWN | TWNGOV",
        at(m, "President Lin Mei-hua"));
  }

  @Test
  void spokesmanForAnOfficeOfACountry() {
    String t = "Zhao Minghui, spokesman for China's Hong Kong Affairs Office, rejected the report.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Zhao Minghui")
        .mention("ORGANIZATION", "Hong Kong Affairs Office"));
    assertEquals("Zhao Minghui | PERSON | Zhao Minghui | spokesman | Hong Kong Affairs Office | CHN | CHNGOV",
        at(m, "Zhao Minghui"));
  }

  @Test
  void swornInAsACountrysPresidentGivesTheCountry() {
    String t = "Hamid Rostami, a senior cleric, will be sworn in as Iran's president on Friday.";
    List<EntityMention> m = resolve(FakeAnnotation.article(t, "JERUSALEM"), FakeAnnotation.of(t).person("Hamid Rostami"));
    assertEquals("Hamid Rostami | PERSON | Hamid Rostami | senior cleric | - | IRN | IRNREL", at(m, "Hamid Rostami"));
  }

  @Test
  void coFounderOfAMovement() {
    String t = "Officials met Taliban co-founder Mullah Abdul Qayum in Doha.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Mullah Abdul Qayum"));
    assertEquals("Taliban co-founder Mullah Abdul Qayum | PERSON | Mullah Abdul Qayum | co-founder | Taliban | AFG"
        + " | AFGREB", at(m, "Taliban co-founder Mullah Abdul Qayum"));
  }

  @Test
  void twoTitlesJoinedByAnd() {
    String t = "Chinese State Councilor and Defence Minister Liang Qiming announced new drills.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Liang Qiming"));
    assertEquals("Chinese State Councilor and Defence Minister Liang Qiming | PERSON | Liang Qiming"
        + " | State Councilor and Defence Minister | - | CHN | CHNMIL",
        at(m, "Chinese State Councilor and Defence Minister Liang Qiming"));
  }

  @Test
  void andBetweenTwoPeopleJoinsNoTitles() {
    String t = "Officials and Foreign Minister Ivan Sokolov arrived.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("Ivan Sokolov"));
    assertEquals("Foreign Minister Ivan Sokolov | PERSON | Ivan Sokolov | Foreign Minister | - | - | GOV",
        at(m, "Foreign Minister Ivan Sokolov"));
  }

  @Test
  void aKnownPersonInOtherCasingWhenTheAnnotatorTagsIt() {
    String t = "Reporters asked President obama about the talks.";
    List<EntityMention> m = resolve(t, FakeAnnotation.of(t).person("obama"));
    assertEquals("President obama | PERSON | Barack Obama | President | - | USA | USAGOV", at(m, "President obama"));
  }
}
