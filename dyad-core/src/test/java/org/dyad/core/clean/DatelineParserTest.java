package org.dyad.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineParserTest {
  private static final LocalDate REF = LocalDate.of(2021, 9, 10);

  /** "place|agency|date|text" of the dateline opening a paragraph, "-" for none. */
  private static String read(String paragraph) {
    Optional<DatelineParser.Result> r = DatelineParser.parse(paragraph, REF);
    if (r.isEmpty()) {
      return "-";
    }
    DatelineParser.Result x = r.get();
    assertTrue(paragraph.startsWith(x.text()), x.text());
    String place = x.dateline() == null ? "" : x.dateline().place();
    return place + "|" + (x.agency() == null ? "" : x.agency()) + "|" + (x.date() == null ? "" : x.date()) + "|" + x.text();
  }

  @Test
  void tass() {
    assertEquals("MOSCOW|TASS|2021-08-25|MOSCOW, August 25. /TASS/.",
        read("MOSCOW, August 25. /TASS/. The Kremlin has no plans to close its consulate, a spokesman said."));
    assertEquals("ST. PETERSBURG|TASS|2019-12-20|ST. PETERSBURG, December 20, 2019. /TASS/.",
        read("ST. PETERSBURG, December 20, 2019. /TASS/. The forum ended with a joint statement."));
  }

  @Test
  void associatedPress() {
    assertEquals("HANOI|AP||HANOI, Vietnam (AP) \u2014", read("HANOI, Vietnam (AP) \u2014 Floods cut the coastal road on Sunday."));
    assertEquals("HAYWARD|AP||HAYWARD, Calif. (AP) \u2014", read("HAYWARD, Calif. (AP) \u2014 A ferry ran aground near the pier."));
    assertEquals("WASHINGTON|AP|2021-09-02|WASHINGTON, Sept. 2 (AP) --", read("WASHINGTON, Sept. 2 (AP) -- Senators left town early."));
  }

  @Test
  void reuters() {
    assertEquals("KABUL|Reuters|2021-08-26|KABUL, Aug 26 (Reuters) -", read("KABUL, Aug 26 (Reuters) - Crowds waited at the gates all night."));
    assertEquals("LONDON|Reuters||LONDON (Reuters) -", read("LONDON (Reuters) - Sterling slipped against the euro."));
  }

  @Test
  void agenceFrancePresse() {
    assertEquals("Paris|AFP||Paris (AFP) -", read("Paris (AFP) - The museum reopened its east wing on Friday."));
    assertEquals("NAIROBI|AFP|2021-08-30|NAIROBI, Aug 30 (AFP) \u2013", read("NAIROBI, Aug 30 (AFP) \u2013 Rain delayed the count."));
  }

  @Test
  void xinhua() {
    assertEquals("BEIJING|Xinhua|2021-09-01|BEIJING, Sept. 1 (Xinhua) --", read("BEIJING, Sept. 1 (Xinhua) -- A new rail link opened in the west."));
    assertEquals("URUMQI|Xinhua|2021-08-03|URUMQI, Aug. 3 (XINHUA) --", read("URUMQI, Aug. 3 (XINHUA) -- Cotton farmers began the harvest."));
  }

  @Test
  void otherWires() {
    assertEquals("WASHINGTON|UPI|2021-09-04|WASHINGTON, Sept. 4 (UPI) --", read("WASHINGTON, Sept. 4 (UPI) -- Jobless claims fell again."));
    assertEquals("Berlin|dpa||Berlin (dpa) -", read("Berlin (dpa) - The coalition agreed on a budget late on Tuesday."));
    assertEquals("TOKYO|Kyodo|2021-08-28|TOKYO, Aug. 28 (Kyodo) --", read("TOKYO, Aug. 28 (Kyodo) -- The typhoon weakened overnight."));
    assertEquals("SEOUL|Yonhap|2021-08-28|SEOUL, Aug. 28 (Yonhap) --", read("SEOUL, Aug. 28 (Yonhap) -- Exports rose for a ninth month."));
    assertEquals("New Delhi|PTI|2021-08-25|New Delhi, Aug 25 (PTI)", read("New Delhi, Aug 25 (PTI) The monsoon session was cut short."));
    assertEquals("New Delhi|ANI|2021-08-25|New Delhi [India], August 25 (ANI):",
        read("New Delhi [India], August 25 (ANI): The minister inaugurated a bridge."));
    assertEquals("Mumbai|IANS|2021-08-24|Mumbai, Aug 24 (IANS)", read("Mumbai, Aug 24 (IANS) Markets closed higher."));
    assertEquals("MOSCOW|Interfax|2021-08-25|MOSCOW. Aug 25 (Interfax) -", read("MOSCOW. Aug 25 (Interfax) - The grain harvest is ahead of plan."));
    assertEquals("Madrid|EFE|2021-08-25|Madrid, 25 Aug (EFE).-", read("Madrid, 25 Aug (EFE).- Tourism recovered in July."));
    assertEquals("KUALA LUMPUR|Bernama|2021-08-25|KUALA LUMPUR, Aug 25 (Bernama) --",
        read("KUALA LUMPUR, Aug 25 (Bernama) -- Palm oil prices eased."));
    assertEquals("Riyadh|SPA|2021-08-25|Riyadh, August 25, 2021, SPA --", read("Riyadh, August 25, 2021, SPA -- The cabinet met in Neom."));
    assertEquals("ROME|ANSA|2021-08-25|(ANSA) - ROME, AUG 25 -", read("(ANSA) - ROME, AUG 25 - The heatwave is set to end."));
    assertEquals("|Bloomberg||(Bloomberg) --", read("(Bloomberg) -- Oil rose for a third day."));
    assertEquals("ISLAMABAD|APP|2021-08-25|ISLAMABAD, Aug 25 (APP):", read("ISLAMABAD, Aug 25 (APP): The committee approved the bill."));
    assertEquals("KABUL|Pajhwok|2021-08-18|KABUL, Aug 18 (Pajhwok):", read("KABUL, Aug 18 (Pajhwok): Shops reopened in the old city."));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "WASHINGTON, Aug. 31 \u2014 The United States ...|WASHINGTON||2021-08-31|WASHINGTON, Aug. 31 \u2014",
    "NEW DELHI, 2 September: India said ...|NEW DELHI||2021-09-02|NEW DELHI, 2 September:",
    "KIGALI, Rwanda \u2014 The talks ended without a deal.|KIGALI|||KIGALI, Rwanda \u2014",
    "ABU DHABI, 25th August, 2021 (WAM) -- Flights resumed.|ABU DHABI|WAM|2021-08-25|ABU DHABI, 25th August, 2021 (WAM) --",
  })
  void datelinesOfPapersAndUnlistedForms(String paragraph, String place, String agency, String date, String text) {
    assertEquals(place + "|" + (agency == null ? "" : agency) + "|" + (date == null ? "" : date) + "|" + text, read(paragraph));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "The Kremlin said on Wednesday that talks would go on.",
    "US President Joe Biden (D) said ...",
    "NATO (North Atlantic Treaty Organization) members met in Brussels.",
    "BREAKING \u2014 Parliament has been dissolved.",
    "FILE - A ferry sails past the port in this photo.",
    "Officials (Reuters) said nothing.",
  })
  void ordinarySentencesAndLabelsAreNoDatelines(String paragraph) {
    assertEquals("-", read(paragraph));
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

  @Test
  void anImpossibleDayGivesNoDate() {
    DatelineParser.Result r = DatelineParser.parse("MOSCOW, February 30. /TASS/. An impossible date", REF).orElseThrow();
    assertNull(r.date());
    assertNull(r.dateline().date());
  }

  @Test
  void yearlessDatelineWithoutReferenceKeepsItsMonthAndDay() {
    DatelineParser.Result r = DatelineParser.parse("MOSCOW, August 25. /TASS/. Text", null).orElseThrow();
    assertNull(r.date());
    assertEquals("XXXX-08-25", r.dateline().date());
  }
}
