package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Article date 2021-08-25 is a Wednesday (checked with {@code date -d}). */
class RuleDateNormalizerTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2021, 8, 25);
  private final RuleDateNormalizer normalizer = new RuleDateNormalizer();

  private List<DateMention> run(String text, LocalDate date, Annotation annotation) {
    List<DateMention> out = normalizer.normalize(AnnotationFixture.article(text, date), annotation);
    checkInvariants(text, out);
    return out;
  }

  private static void checkInvariants(String text, List<DateMention> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      DateMention m = mentions.get(i);
      assertTrue(m.end() <= text.length(), "inside text: " + m);
      assertEquals(text.substring(m.start(), m.end()), m.text());
      if (i > 0) {
        assertTrue(mentions.get(i - 1).end() <= m.start(), "sorted, no overlap: " + mentions);
      }
    }
  }

  /**
   * Each row: what it shows, the article date ({@code null}: none), the text, the annotator's timexes
   * ({@code phrase -> TYPE value}, see {@link AnnotationFixture#table}; empty: no annotation at all) and
   * the mentions expected ({@code [start,end) TYPE value text}).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "null", textBlock = """
      annotator timexes get Dyad's own values | 2021-08-25 | The talks began on Wednesday. On Monday rebels attacked. On August 15 the army withdrew. | Wednesday -> DATE 2021-09-01; Monday -> DATE 2021-08-30; August 15 -> DATE XXXX-08-15 | [19,28) DATE 2021-08-25 Wednesday; [33,39) DATE 2021-08-23 Monday; [60,69) DATE 2021-08-15 August 15
      the future tense moves weekdays forward | 2021-08-25 | The ministers will meet on Monday. | Monday -> DATE null | [27,33) DATE 2021-08-30 Monday
      finds expressions the annotator missed | 2021-08-25 | Inflation doubled over the past 20 years, officials said two days ago. | 20 years -> DURATION P20Y | [23,40) DURATION P20Y the past 20 years; [57,69) DATE 2021-08-23 two days ago
      last week and earlier this month, with no annotation | 2021-08-25 | Last week the court ruled, and earlier this month it met. | | [0,9) DATE 2021-W33 Last week; [31,49) DATE 2021-08 earlier this month
      splits a range into two dates | 2021-08-25 | Troops stayed from 2001 to 2021. | from 2001 to 2021 -> DURATION null | [19,23) DATE 2001 2001; [27,31) DATE 2021 2021
      keeps annotator values no rule covers | 2021-08-25 | They meet every Wednesday at 10:00 a.m. since 2019. | every Wednesday -> SET XXXX-WXX-3; 10:00 a.m. -> TIME 2021-08-25T10:00; 2019 -> DATE 2019 | [10,25) SET XXXX-WXX-3 every Wednesday; [29,39) TIME 2021-08-25T10:00 10:00 a.m.; [46,50) DATE 2019 2019
      drops unanchored annotator values | 2021-08-25 | It happened around the holidays. | the holidays -> DATE XXXX-XX-XX | [19,31) DATE null the holidays
      without an article date relative values are null | null | On Monday, two days ago, over the past 20 years, every Wednesday. | Monday -> DATE XXXX-WXX-1; every Wednesday -> SET XXXX-WXX-3 | [3,9) DATE null Monday; [11,23) DATE null two days ago; [30,47) DURATION P20Y the past 20 years; [49,64) SET XXXX-WXX-3 every Wednesday
      prefers the longer of overlapping spans | 2021-08-25 | Sales fell in the second quarter of 2020. | the second quarter -> DATE 2021-Q2; 2020 -> DATE 2020; the second quarter of 2020 -> DATE 2020-Q2 | [14,40) DATE 2020-Q2 the second quarter of 2020
      splits a counted part of a year | 2021-08-25 | Exports fell in the first eight months of 2020, the ministry said. | the first eight months of 2020 -> DURATION null | [16,38) DURATION P8M the first eight months; [42,46) DATE 2020 2020
      joins pieces and drops what TimeML does not mark | 2021-08-25 | The 9-year-old girl was found Sunday night near the pier. | 9-year-old -> DURATION P9Y; Sunday -> TIME 2021-08-29TNI; night -> TIME 2021-08-29TNI | [30,42) TIME 2021-08-22TNI Sunday night
      a clock time with its day | 2021-08-25 | The deadline passed at 6 p.m. Monday, officials said. | 6 p.m. -> TIME 2021-08-25T18:00; Monday -> DATE 2021-08-23 | [23,36) TIME 2021-08-23T18:00 6 p.m. Monday
      an annotator span with no value narrows to its resolvable part | 2021-08-25 | The bank expects a weak year this year. The strike lasted for almost six hours Tuesday. | year this year -> DATE null; almost six hours Tuesday -> DATE null | [29,38) DATE 2021 this year; [62,78) DURATION PT6H almost six hours; [79,86) DATE 2021-08-24 Tuesday
      a counted part of the year is a duration and the article year | 2021-08-25 | Sales fell in the first six months of the year. | the first six months of the year -> DATE null | [14,34) DURATION P6M the first six months; [38,46) DATE 2021 the year
      a named day the annotator put in the article year moves into the window | 2022-01-12 | The ferry sank on Thanksgiving Day. The shop opened on Christmas Eve. The fair ends on Labor Day. | Thanksgiving Day -> DATE 2022-11-24; Christmas Eve -> DATE 2022-12-24; Labor Day -> DATE 2022-09-05 | [18,34) DATE 2021-11-25 Thanksgiving Day; [55,68) DATE 2021-12-24 Christmas Eve; [87,96) DATE 2021-09-06 Labor Day
      the following year steps from the last date named | 2021-08-25 | She joined the ministry on March 3, 2015, and the following year she became its head. The dam broke on May 4, 2019. The previous day had been quiet. | March 3, 2015 -> DATE 2015-03-03; the following year -> DATE 2022; May 4, 2019 -> DATE 2019-05-04; The previous day -> DATE 2021-08-24 | [27,40) DATE 2015-03-03 March 3, 2015; [46,64) DATE 2016 the following year; [103,114) DATE 2019-05-04 May 4, 2019; [116,132) DATE 2019-05-03 The previous day
      an empty text gives no mentions | 2021-08-25 | `` | | 
      a count per period is a SET over the annotator's length | 2021-08-25 | The ferry sails twice a week to the island, and the bus every other day. | a week -> DURATION P1W; every other day -> SET P1D | [16,28) SET P1W twice a week; [56,71) SET P2D every other day
      a SET the annotator anchored on the article date takes its frequency word | 2021-08-25 | The coach told Sport Today's weekly podcast that he would stay. | Sport Today's weekly -> SET 2021-08-25 | [15,35) SET P1W Sport Today's weekly
      an annotator span that starts at a bare clitic ('s) starts after it, and a frequency word after a name is a SET, no rate | 2021-08-25 | The mayor took questions on the Harbor Ledger's monthly podcast on Tuesday. | 's monthly -> SET P1M; Tuesday -> DATE null | [48,55) SET P1M monthly; [67,74) DATE 2021-08-24 Tuesday
      """)
  void normalizesTheAnnotatorsTimexesAndItsOwnFinds(String what, LocalDate date, String text, String timexes, String expected) {
    assertEquals(AnnotationFixture.items(expected), AnnotationFixture.compact(run(text, date, AnnotationFixture.table(text, timexes))),
        what + ": " + text);
  }

  @Test
  void ignoresTimexesOutsideTheText() {
    Annotation a = AnnotationFixture.of("Monday is long gone, said the man.", "Monday");
    assertEquals(List.of(), run("Mon", WEDNESDAY, a));
  }

  @Test
  void rejectsNullArguments() {
    CleanedArticle article = AnnotationFixture.article("x", WEDNESDAY);
    assertThrows(NullPointerException.class, () -> normalizer.normalize(null, Annotation.EMPTY));
    assertThrows(NullPointerException.class, () -> normalizer.normalize(article, null));
  }
}
