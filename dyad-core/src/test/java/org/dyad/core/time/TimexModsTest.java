package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexModsTest {
  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      by the end of the month     | DATE     | END
      the close of the year       | DATE     | END
      late last July              | DATE     | END
      early next week             | DATE     | START
      at the beginning of March   | DATE     | START
      mid-1996                    | DATE     | MID
      the middle of the decade    | DATE     | MID
      around noon Friday          | TIME     | APPROX
      about two weeks             | DURATION | APPROX
      some 20 years               | DURATION | APPROX
      more than four hours        | DURATION | MORE_THAN
      for less than a decade      | DURATION | LESS_THAN
      at least 15 more years      | DURATION | EQUAL_OR_MORE
      up to ten days              | DURATION | EQUAL_OR_LESS
      over the past 20 years      | DURATION | null
      on Wednesday                | DATE     | null
      earlier this month          | DATE     | null
      some time next year         | DATE     | null
      """)
  void readsTheModFromTheLeadingWords(String text, String type, String mod) {
    assertEquals(mod, TimexMods.of(text, type));
  }
}
