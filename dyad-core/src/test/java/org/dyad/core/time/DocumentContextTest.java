package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Back references resolved end to end through {@link RuleDateNormalizer}; texts invented. */
class DocumentContextTest {
  private final RuleDateNormalizer normalizer = new RuleDateNormalizer();

  private List<String> values(String text, Annotation a, LocalDate date) {
    return normalizer.normalize(AnnotationFixture.article(text, date), a).stream()
        .map(m -> m.text() + "=" + m.value())
        .toList();
  }

  /**
   * Each row: what it shows, the article date ({@code null}: none), the text, the annotator's timexes
   * ({@code phrase -> TYPE value}, see {@link AnnotationFixture#table}) and the mentions expected as
   * {@code text=value}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "null", textBlock = """
      a year earlier takes the quarter named before | 2021-11-04 | Acme said second-quarter profit rose to $5 million from $4 million a year earlier. In the quarter, sales grew. | second-quarter -> DATE 2021-Q2; a year earlier -> DATE 2020; the quarter -> DATE 2021-Q4 | second-quarter=2021-Q2; a year earlier=2020-Q2; the quarter=2021-Q2
      without a quarter a year earlier is the year before | 2021-11-04 | The club had 40 members a year earlier, its chairman said. | a year earlier -> DATE 2020 | a year earlier=2020
      the quarter ended on a day is the quarter holding it | 2021-11-04 | For the quarter ended Sept. 30, the bank earned $2 million. | the quarter -> DATE null | the quarter=2021-Q3; Sept. 30=2021-09-30
      a fiscal year ended on a day is a twelve-month period | 2021-11-04 | For the fiscal year ended June 30, the chain earned $9 million. | the fiscal year -> DATE 2021; June 30 -> DATE 2021-06-30 | the fiscal year=P1Y; June 30=2021-06-30
      that day is the day named before | 2021-11-04 | The ferry sank on Oct. 12, 2020. Divers arrived that same day. | Oct. 12, 2020 -> DATE 2020-10-12 | Oct. 12, 2020=2020-10-12; that same day=2020-10-12
      a clock time without a day is on the day named before | 2021-11-04 | The warehouse burned on Oct. 30. Crews arrived at 11 p.m. and left in the morning. | Oct. 30 -> DATE 2021-10-30; 11 p.m. -> TIME 2021-11-04T23:00; the morning -> TIME 2021-11-04TMO | Oct. 30=2021-10-30; 11 p.m.=2021-10-30T23:00; the morning=2021-10-30TMO
      a clock time stays on the article date without an earlier day | 2021-11-04 | The market closes at 4 p.m. as usual. | 4 p.m. -> TIME 2021-11-04T16:00 | 4 p.m.=2021-11-04T16:00
      the day after a comma restates the day before | 2021-11-04 | The plant shut on Oct. 28, the day before the strike began. | Oct. 28 -> DATE 2021-10-28; the day before -> DATE 2021-11-03 | Oct. 28=2021-10-28; the day=2021-10-28
      one annotator span over a day and its restatement is parted | 2021-11-04 | Talks broke down on Oct. 20, the day before the ceasefire expired. | Oct. 20, the day before -> DATE 2021-10-19 | Oct. 20=2021-10-20; the day=2021-10-20
      a weekday keeps its span without the event preposition | 2021-11-04 | The envoy spoke Tuesday after meeting the rebels. | Tuesday after -> DATE 2021-11-02 | Tuesday=2021-11-02
      without an article date nothing is filled in | null | Profit rose in the third quarter from $4 million a year earlier. | the third quarter -> DATE null; a year earlier -> DATE null | the third quarter=null; a year earlier=null
      """)
  void resolvesBackReferences(String what, LocalDate date, String text, String timexes, String expected) {
    assertEquals(AnnotationFixture.items(expected), values(text, AnnotationFixture.table(text, timexes), date), what + ": " + text);
  }
}
