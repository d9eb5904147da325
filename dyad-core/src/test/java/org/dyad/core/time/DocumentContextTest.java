package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;

/** Back references resolved end to end through {@link RuleDateNormalizer}; texts invented. */
class DocumentContextTest {
  private static final LocalDate NOVEMBER = LocalDate.of(2021, 11, 4);
  private final RuleDateNormalizer normalizer = new RuleDateNormalizer();

  private List<String> values(String text, Annotation a, LocalDate date) {
    return normalizer.normalize(AnnotationFixture.article(text, date), a).stream()
        .map(m -> m.text() + "=" + m.value())
        .toList();
  }

  @Test
  void yearEarlierTakesTheQuarterNamedBefore() {
    String text = "Acme said second-quarter profit rose to $5 million from $4 million a year earlier. "
        + "In the quarter, sales grew.";
    Annotation a = AnnotationFixture.text(text)
        .timex("second-quarter", "DATE", "2021-Q2")
        .timex("a year earlier", "DATE", "2020")
        .timex("the quarter", "DATE", "2021-Q4")
        .build();
    assertEquals(List.of("second-quarter=2021-Q2", "a year earlier=2020-Q2", "the quarter=2021-Q2"),
        values(text, a, NOVEMBER));
  }

  @Test
  void withoutAQuarterAYearEarlierIsTheYearBefore() {
    String text = "The club had 40 members a year earlier, its chairman said.";
    Annotation a = AnnotationFixture.text(text).timex("a year earlier", "DATE", "2020").build();
    assertEquals(List.of("a year earlier=2020"), values(text, a, NOVEMBER));
  }

  @Test
  void theQuarterEndedOnADayIsTheQuarterHoldingIt() {
    String text = "For the quarter ended Sept. 30, the bank earned $2 million.";
    Annotation a = AnnotationFixture.text(text).timex("the quarter", "DATE", null).build();
    List<String> v = values(text, a, NOVEMBER);
    assertEquals("the quarter=2021-Q3", v.get(0));
  }

  @Test
  void aFiscalYearEndedOnADayIsATwelveMonthPeriod() {
    String text = "For the fiscal year ended June 30, the chain earned $9 million.";
    Annotation a = AnnotationFixture.text(text)
        .timex("the fiscal year", "DATE", "2021")
        .timex("June 30", "DATE", "2021-06-30")
        .build();
    assertEquals(List.of("the fiscal year=P1Y", "June 30=2021-06-30"), values(text, a, NOVEMBER));
  }

  @Test
  void thatDayIsTheDayNamedBefore() {
    String text = "The ferry sank on Oct. 12, 2020. Divers arrived that same day.";
    Annotation a = AnnotationFixture.text(text).timex("Oct. 12, 2020", "DATE", "2020-10-12").build();
    assertEquals(List.of("Oct. 12, 2020=2020-10-12", "that same day=2020-10-12"), values(text, a, NOVEMBER));
  }

  @Test
  void aClockTimeWithoutADayIsOnTheDayNamedBefore() {
    String text = "The warehouse burned on Oct. 30. Crews arrived at 11 p.m. and left in the morning.";
    Annotation a = AnnotationFixture.text(text)
        .timex("Oct. 30", "DATE", "2021-10-30")
        .timex("11 p.m.", "TIME", "2021-11-04T23:00")
        .timex("the morning", "TIME", "2021-11-04TMO")
        .build();
    assertEquals(List.of("Oct. 30=2021-10-30", "11 p.m.=2021-10-30T23:00", "the morning=2021-10-30TMO"),
        values(text, a, NOVEMBER));
  }

  @Test
  void aClockTimeStaysOnTheArticleDateWithoutAnEarlierDay() {
    String text = "The market closes at 4 p.m. as usual.";
    Annotation a = AnnotationFixture.text(text).timex("4 p.m.", "TIME", "2021-11-04T16:00").build();
    assertEquals(List.of("4 p.m.=2021-11-04T16:00"), values(text, a, NOVEMBER));
  }

  @Test
  void theDayAfterACommaRestatesTheDayBefore() {
    String text = "The plant shut on Oct. 28, the day before the strike began.";
    Annotation a = AnnotationFixture.text(text)
        .timex("Oct. 28", "DATE", "2021-10-28")
        .timex("the day before", "DATE", "2021-11-03")
        .build();
    assertEquals(List.of("Oct. 28=2021-10-28", "the day=2021-10-28"), values(text, a, NOVEMBER));
  }

  @Test
  void oneAnnotatorSpanOverADayAndItsRestatementIsParted() {
    String text = "Talks broke down on Oct. 20, the day before the ceasefire expired.";
    Annotation a = AnnotationFixture.text(text).timex("Oct. 20, the day before", "DATE", "2021-10-19").build();
    assertEquals(List.of("Oct. 20=2021-10-20", "the day=2021-10-20"), values(text, a, NOVEMBER));
  }

  @Test
  void aWeekdayKeepsItsSpanWithoutTheEventPreposition() {
    String text = "The envoy spoke Tuesday after meeting the rebels.";
    Annotation a = AnnotationFixture.text(text).timex("Tuesday after", "DATE", "2021-11-02").build();
    assertEquals(List.of("Tuesday=2021-11-02"), values(text, a, NOVEMBER));
  }

  @Test
  void withoutArticleDateNothingIsFilledIn() {
    String text = "Profit rose in the third quarter from $4 million a year earlier.";
    Annotation a = AnnotationFixture.text(text)
        .timex("the third quarter", "DATE", null)
        .timex("a year earlier", "DATE", null)
        .build();
    List<DateMention> out = normalizer.normalize(AnnotationFixture.article(text, null), a);
    assertEquals(List.of("the third quarter=null", "a year earlier=null"),
        out.stream().map(m -> m.text() + "=" + m.value()).toList());
  }
}
