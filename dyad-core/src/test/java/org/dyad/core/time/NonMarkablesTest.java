package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What TimeML does not mark, each in a sentence written for this test. */
class NonMarkablesTest {
  @ParameterizedTest(name = "{0} / {1} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      The 7-year-old pupil won the prize.                 | 7-year-old   | DURATION | false
      Ms. Berg, 61 years old, chairs the board.           | 61 years old | DURATION | false
      A 30-year tradition ended.                          | 30-year      | DURATION | true
      The harbour closed for the quarter ended June 30.   | ended        | DATE     | false
      Rebels fired AK-47 rifles.                          | 47           | DATE     | false
      The board voted 7-2 for the plan.                   | 2            | DATE     | false
      The 6502 chip was cheap.                            | 6502         | DATE     | false
      The mill opened in 1987 and closed.                 | 1987         | DATE     | true
      Shareholders met at the annual meeting.             | annual       | SET      | false
      The fund pays a quarterly dividend.                 | quarterly    | SET      | false
      Analysts doubt future earnings.                     | future       | DATE     | false
      The agency sent winter supplies to the valley.      | winter       | DATE     | false
      The talks resume in winter.                         | winter       | DATE     | true
      Nobody knows what the future holds.                 | the future   | DATE     | true
      Fans worry about the future of the old stadium.     | the future   | DATE     | false
      The firm will hire more staff in the future.        | the future   | DATE     | true
      The mayor was once a teacher.                       | once         | DATE     | false
      The firm previously made toys.                      | previously   | DATE     | false
      A second group of pilgrims arrived.                 | A second     | DURATION | false
      He wants his day in court.                          | day          | DURATION | false
      They waited a day for news.                         | a day        | DURATION | true
      The plant makes 400 cars a day.                     | a day        | DURATION | false
      The minister briefs reporters weekly.               | weekly       | SET      | true
      Exports should rise 8% annually.                    | annually     | SET      | false
      The mine ships 900 tonnes daily.                    | daily        | SET      | false
      The chain has doubled its stores annually.          | annually     | SET      | false
      The army holds a quarter of the town.               | a quarter    | DURATION | false
      Viewers watched "Late Night" on Monday.             | Late Night   | TIME     | false
      Farmers march to the capital.                       | march        | DATE     | false
      Nobody may leave now.                               | now          | DATE     | true
      """)
  void keepsOnlyMarkableExpressions(String text, String phrase, String type, boolean kept) {
    Annotation a = AnnotationFixture.of(text, phrase);
    int start = text.indexOf(phrase);
    DateMention m = new DateMention(start, start + phrase.length(), phrase, type, null);
    assertEquals(kept, NonMarkables.isMarkable(m, text, a));
  }
}
