package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeSplitterTest {
  private static final LocalDate ANCHOR = LocalDate.of(2021, 8, 25);
  private final RangeSplitter splitter = new RangeSplitter(DateRules.standard());

  /** Each row: a phrase, its offset in the text, and its two dates ({@code [start,end) TYPE value text}) or none when it stays whole. */
  @ParameterizedTest(name = "{0} at {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      from 2001 to 2021      | 10 | [15,19) DATE 2001 2001; [23,27) DATE 2021 2021
      between March and May  | 0  | [8,13) DATE 2021-03 March; [18,21) DATE 2021-05 May
      2001-2021              | 0  | [0,4) DATE 2001 2001; [5,9) DATE 2021 2021
      Monday through Friday  | 0  | [0,6) DATE 2021-08-23 Monday; [15,21) DATE 2021-08-20 Friday
      Aug. 15-20             | 0  |
      twenty-one days        | 0  |
      third-quarter          | 0  |
      1998-99                | 0  |
      last week              | 0  |
      """)
  void splitsRangesAndLeavesOtherPhrasesWhole(String phrase, int offset, String expected) {
    assertEquals(AnnotationFixture.items(expected), AnnotationFixture.compact(splitter.split(phrase, offset, ANCHOR, false)), phrase);
  }
}
