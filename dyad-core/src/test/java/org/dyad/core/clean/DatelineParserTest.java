package org.dyad.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineParserTest {
  private static final LocalDate REF = LocalDate.of(2021, 9, 10);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "MOSCOW, August 25. /TASS/. The Kremlin said ...|MOSCOW|TASS|2021-08-25",
    "KABUL, Aug 26 (Reuters) - Taliban fighters ...|KABUL|Reuters|2021-08-26",
    "BEIJING, Sept. 1 (Xinhua) -- The United States ...|BEIJING|Xinhua|2021-09-01",
    "ISLAMABAD (AP) — Pakistan has no plans ...|ISLAMABAD|AP|",
    "KABUL, Aug 18 (Pajhwok): Vice President ...|KABUL|Pajhwok|2021-08-18",
    "WASHINGTON, Aug. 31 — The United States ...|WASHINGTON||2021-08-31",
    "NEW DELHI, 2 September: India said ...|NEW DELHI||2021-09-02",
    "MOSCOW, December 20, 2019. /TASS/. Talks ...|MOSCOW|TASS|2019-12-20",
  })
  void readsAgencyDatelines(String paragraph, String place, String agency, String date) {
    DatelineParser.Result r = DatelineParser.parse(paragraph, REF).orElseThrow();
    assertEquals(place, r.dateline().place());
    assertEquals(agency, r.agency());
    assertEquals(date == null ? null : LocalDate.parse(date), r.date());
    assertTrue(paragraph.startsWith(r.dateline().text()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // A December dateline read in January belongs to the year before.
    "MOSCOW, December 30. /TASS/. Text|2022-01-05|2021-12-30",
    "MOSCOW, January 3. /TASS/. Text|2022-01-05|2022-01-03",
    "MOSCOW, March 1. /TASS/. Text|2022-01-05|2022-03-01",
  })
  void yearlessDatelineTakesTheNearestYear(String paragraph, String reference, String expected) {
    assertEquals(LocalDate.parse(expected), DatelineParser.parse(paragraph, LocalDate.parse(reference)).orElseThrow().date());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "The Kremlin said on Wednesday that talks would go on.",
    "US President Joe Biden (D) said ...",
    "MOSCOW, February 30. /TASS/. An impossible date",
  })
  void ordinarySentencesAndImpossibleDates(String paragraph) {
    DatelineParser.parse(paragraph, REF).ifPresent(r -> assertNull(r.date()));
  }

  @org.junit.jupiter.api.Test
  void yearlessDatelineWithoutReferenceHasNoDate() {
    assertNull(DatelineParser.parse("MOSCOW, August 25. /TASS/. Text", null).orElseThrow().date());
  }
}
