package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The helpers of the rules: number words, phrase cleaning, year choice, SUTime value checks. */
class SmallPartsTest {
  private static final LocalDate ANCHOR = LocalDate.of(2021, 8, 25);

  @ParameterizedTest
  @CsvSource({"a,1", "an,1", "one,1", "two,2", "fifteen,15", "twenty,20", "twenty one,21",
      "ninety nine,99", "20,20", "a couple of,2"})
  void readsNumberWords(String words, int n) {
    assertEquals(OptionalInt.of(n), NumberWords.parse(words));
  }

  @Test
  void vagueCountsHaveNoNumber() {
    assertEquals(OptionalInt.empty(), NumberWords.parse("several"));
    assertTrue(NumberWords.isVague("a few"));
    assertFalse(NumberWords.isVague("two"));
    assertEquals(OptionalInt.empty(), NumberWords.parse("twenty twenty"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      On Wednesday,                | wednesday
      over the past  fifteen years | past fifteen years
      Aug. 15                      | aug 15
      mid-August                   | august
      the end of last week.        | last week
      third-quarter                | third quarter
      """)
  void cleansPhrases(String text, String phrase) {
    assertEquals(phrase, PhraseCleaner.clean(text));
  }

  @Test
  void yearWindowLooksNineMonthsBackAndThreeAhead() {
    assertEquals(2021, YearWindow.yearOf(11, 25, ANCHOR, false));
    assertEquals(2020, YearWindow.yearOf(11, 26, ANCHOR, false));
    assertEquals(2022, YearWindow.yearOf(1, 5, LocalDate.of(2021, 12, 28), false));
    assertEquals(2021, YearWindow.yearOf(8, 24, ANCHOR, true), "a deadline just past stays in its year");
    assertEquals(2022, YearWindow.yearOf(8, 5, ANCHOR, true));
    assertEquals(2021, YearWindow.yearOf(2, 29, LocalDate.of(2021, 3, 1), false));
    assertEquals(2020, YearWindow.yearOf(12, ANCHOR, false));
    assertEquals(2021, YearWindow.yearOf(11, ANCHOR, false));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      DATE | XXXX-08-15   | in mid-August         | 2021-08-15
      DATE | XXXX-12-20   | on December 20        | 2020-12-20
      DATE | XXXX-03      | in March              | 2021-03
      DATE | XXXX-WXX-1   | on Monday             | 2021-08-23
      SET  | XXXX-WXX-3   | every Wednesday       | XXXX-WXX-3
      DATE | XXXX-XX-XX   | the holidays          | null
      DATE | THIS P1W     | this week             | null
      DATE | 2021-08-20   | last Friday           | 2021-08-20
      DURATION | PXY      | years                 | PXY
      SET  | 2021-08-25   | Sport Today's weekly  | P1W
      SET  | 2021-W34     | every week            | P1W
      SET  | 2021-08-25   | Good Morning Today's  | null
      SET  | 2021         | every now and then    | null
      """)
  void checksAnnotatorValues(String type, String value, String text, String expected) {
    assertEquals(expected, new UnanchoredValueResolver().resolve(type, value, text, ANCHOR, false), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      's monthly         | true
      `'s `              | false
      `' `               | false
      the Ledger's staff | false
      the year's end     | true
      """)
  void findsTimeWordsPastBareClitics(String text, boolean expected) {
    assertEquals(expected, TimeVocabulary.mentionsTime(text), text);
  }

  @Test
  void unanchoredAnnotatorValuesWithoutArticleDateAreNull() {
    UnanchoredValueResolver r = new UnanchoredValueResolver();
    assertNull(r.resolve("DATE", "XXXX-08-15", "August 15", null, false));
    assertEquals("XXXX-WXX-3", r.resolve("SET", "XXXX-WXX-3", "every Wednesday", null, false));
    assertEquals("P1W", r.resolve("SET", "2021-08-25", "weekly", null, false), "a frequency needs no article date");
    assertEquals("2019", r.resolve("DATE", "2019", "2019", null, false));
  }
}
