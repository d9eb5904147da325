package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;

/** Article date 2021-08-25 is a Wednesday (checked with {@code date -d}). */
class RuleDateNormalizerTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2021, 8, 25);
  private final RuleDateNormalizer normalizer = new RuleDateNormalizer();

  /** Compact form of a mention: "[start,end) TYPE value text". */
  private static List<String> compact(List<DateMention> mentions) {
    List<String> out = new ArrayList<>();
    for (DateMention m : mentions) {
      out.add("[" + m.start() + "," + m.end() + ") " + m.type() + " " + m.value() + " " + m.text());
    }
    return out;
  }

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

  @Test
  void resolvesAnnotatorTimexesWithOwnRules() {
    String text = "The talks began on Wednesday. On Monday rebels attacked. On August 15 the army "
        + "withdrew.";
    Annotation a = AnnotationFixture.text(text)
        .timex("Wednesday", "DATE", "2021-09-01")
        .timex("Monday", "DATE", "2021-08-30")
        .timex("August 15", "DATE", "XXXX-08-15")
        .build();
    assertEquals(List.of(
        "[19,28) DATE 2021-08-25 Wednesday",
        "[33,39) DATE 2021-08-23 Monday",
        "[60,69) DATE 2021-08-15 August 15"), compact(run(text, WEDNESDAY, a)));
  }

  @Test
  void futureTenseMovesWeekdaysForward() {
    String text = "The ministers will meet on Monday.";
    assertEquals(List.of("[27,33) DATE 2021-08-30 Monday"),
        compact(run(text, WEDNESDAY, AnnotationFixture.of(text, "Monday"))));
  }

  @Test
  void findsExpressionsTheAnnotatorMissed() {
    String text = "Inflation doubled over the past 20 years, officials said two days ago.";
    Annotation a = AnnotationFixture.text(text).timex("20 years", "DURATION", "P20Y").build();
    assertEquals(List.of(
        "[23,40) DURATION P20Y the past 20 years",
        "[57,69) DATE 2021-08-23 two days ago"), compact(run(text, WEDNESDAY, a)));
  }

  @Test
  void lastWeekAndEarlierThisMonth() {
    String text = "Last week the court ruled, and earlier this month it met.";
    assertEquals(List.of(
        "[0,9) DATE 2021-W33 Last week",
        "[31,49) DATE 2021-08 earlier this month"),
        compact(run(text, WEDNESDAY, Annotation.EMPTY)));
  }

  @Test
  void splitsRangesIntoTwoDates() {
    String text = "Troops stayed from 2001 to 2021.";
    Annotation a = AnnotationFixture.text(text).timex("from 2001 to 2021", "DURATION", null).build();
    assertEquals(List.of("[19,23) DATE 2001 2001", "[27,31) DATE 2021 2021"),
        compact(run(text, WEDNESDAY, a)));
  }

  @Test
  void keepsAnnotatorValuesNoRuleCovers() {
    String text = "They meet every Wednesday at 10:00 a.m. since 2019.";
    Annotation a = AnnotationFixture.text(text)
        .timex("every Wednesday", "SET", "XXXX-WXX-3")
        .timex("10:00 a.m.", "TIME", "2021-08-25T10:00")
        .timex("2019", "DATE", "2019")
        .build();
    assertEquals(List.of(
        "[10,25) SET XXXX-WXX-3 every Wednesday",
        "[29,39) TIME 2021-08-25T10:00 10:00 a.m.",
        "[46,50) DATE 2019 2019"), compact(run(text, WEDNESDAY, a)));
  }

  @Test
  void dropsUnanchoredAnnotatorValues() {
    String text = "It happened around the holidays.";
    Annotation a = AnnotationFixture.text(text).timex("the holidays", "DATE", "XXXX-XX-XX").build();
    assertEquals(List.of("[19,31) DATE null the holidays"), compact(run(text, WEDNESDAY, a)));
  }

  @Test
  void withoutArticleDateRelativeValuesAreNull() {
    String text = "On Monday, two days ago, over the past 20 years, every Wednesday.";
    Annotation a = AnnotationFixture.text(text)
        .timex("Monday", "DATE", "XXXX-WXX-1")
        .timex("every Wednesday", "SET", "XXXX-WXX-3")
        .build();
    assertEquals(List.of(
        "[3,9) DATE null Monday",
        "[11,23) DATE null two days ago",
        "[30,47) DURATION P20Y the past 20 years",
        "[49,64) SET XXXX-WXX-3 every Wednesday"), compact(run(text, null, a)));
  }

  @Test
  void prefersTheLongerOfOverlappingSpans() {
    String text = "Sales fell in the second quarter of 2020.";
    Annotation a = AnnotationFixture.text(text)
        .timex("the second quarter", "DATE", "2021-Q2")
        .timex("2020", "DATE", "2020")
        .timex("the second quarter of 2020", "DATE", "2020-Q2")
        .build();
    assertEquals(List.of("[14,40) DATE 2020-Q2 the second quarter of 2020"),
        compact(run(text, WEDNESDAY, a)));
  }

  @Test
  void splitsACountedPartOfAYear() {
    String text = "Exports fell in the first eight months of 2020, the ministry said.";
    Annotation a = AnnotationFixture.text(text)
        .timex("the first eight months of 2020", "DURATION", null)
        .build();
    assertEquals(List.of("[16,38) DURATION P8M the first eight months", "[42,46) DATE 2020 2020"),
        compact(run(text, WEDNESDAY, a)));
  }

  @Test
  void joinsPiecesAndDropsWhatTimeMlDoesNotMark() {
    String text = "The 9-year-old girl was found Sunday night near the pier.";
    Annotation a = AnnotationFixture.text(text)
        .timex("9-year-old", "DURATION", "P9Y")
        .timex("Sunday", "TIME", "2021-08-29TNI")
        .timex("night", "TIME", "2021-08-29TNI")
        .build();
    assertEquals(List.of("[30,42) TIME 2021-08-22TNI Sunday night"), compact(run(text, WEDNESDAY, a)));
  }

  @Test
  void clockTimeWithItsDay() {
    String text = "The deadline passed at 6 p.m. Monday, officials said.";
    Annotation a = AnnotationFixture.text(text)
        .timex("6 p.m.", "TIME", "2021-08-25T18:00")
        .timex("Monday", "DATE", "2021-08-23")
        .build();
    assertEquals(List.of("[23,36) TIME 2021-08-23T18:00 6 p.m. Monday"), compact(run(text, WEDNESDAY, a)));
  }

  @Test
  void narrowsAnAnnotatorSpanWithNoValueToItsResolvablePart() {
    String text = "The bank expects a weak year this year. The strike lasted for almost six hours Tuesday.";
    Annotation a = AnnotationFixture.text(text)
        .timex("year this year", "DATE", null)
        .timex("almost six hours Tuesday", "DATE", null)
        .build();
    assertEquals(List.of(
        "[29,38) DATE 2021 this year",
        "[62,78) DURATION PT6H almost six hours",
        "[79,86) DATE 2021-08-24 Tuesday"), compact(run(text, WEDNESDAY, a)));
  }

  @Test
  void countedPartOfTheYearIsADurationAndTheArticleYear() {
    String text = "Sales fell in the first six months of the year.";
    Annotation a = AnnotationFixture.text(text).timex("the first six months of the year", "DATE", null).build();
    assertEquals(List.of("[14,34) DURATION P6M the first six months", "[38,46) DATE 2021 the year"),
        compact(run(text, WEDNESDAY, a)));
  }

  @Test
  void aNamedDayTheAnnotatorPutInTheArticleYearMovesIntoTheWindow() {
    String text = "The ferry sank on Thanksgiving Day. The shop opened on Christmas Eve. The fair ends on Labor Day.";
    Annotation a = AnnotationFixture.text(text)
        .timex("Thanksgiving Day", "DATE", "2022-11-24")
        .timex("Christmas Eve", "DATE", "2022-12-24")
        .timex("Labor Day", "DATE", "2022-09-05")
        .build();
    assertEquals(List.of(
        "[18,34) DATE 2021-11-25 Thanksgiving Day",
        "[55,68) DATE 2021-12-24 Christmas Eve",
        "[87,96) DATE 2021-09-06 Labor Day"), compact(run(text, LocalDate.of(2022, 1, 12), a)));
  }

  @Test
  void theFollowingYearStepsFromTheLastDateNamed() {
    String text = "She joined the ministry on March 3, 2015, and the following year she became its head. "
        + "The dam broke on May 4, 2019. The previous day had been quiet.";
    Annotation a = AnnotationFixture.text(text)
        .timex("March 3, 2015", "DATE", "2015-03-03")
        .timex("the following year", "DATE", "2022")
        .timex("May 4, 2019", "DATE", "2019-05-04")
        .timex("The previous day", "DATE", "2021-08-24")
        .build();
    assertEquals(List.of(
        "[27,40) DATE 2015-03-03 March 3, 2015",
        "[46,64) DATE 2016 the following year",
        "[103,114) DATE 2019-05-04 May 4, 2019",
        "[116,132) DATE 2019-05-03 The previous day"), compact(run(text, WEDNESDAY, a)));
  }

  @Test
  void ignoresTimexesOutsideTheText() {
    Annotation a = AnnotationFixture.of("Monday is long gone, said the man.", "Monday");
    assertEquals(List.of(), run("Mon", WEDNESDAY, a));
  }

  @Test
  void emptyTextGivesNoMentions() {
    assertEquals(List.of(), run("", WEDNESDAY, Annotation.EMPTY));
  }

  @Test
  void rejectsNullArguments() {
    CleanedArticle article = AnnotationFixture.article("x", WEDNESDAY);
    assertThrows(NullPointerException.class, () -> normalizer.normalize(null, Annotation.EMPTY));
    assertThrows(NullPointerException.class, () -> normalizer.normalize(article, null));
  }
}
