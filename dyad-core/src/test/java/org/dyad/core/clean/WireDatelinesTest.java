package org.dyad.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The datelines of the major wires, each in the form its own copy or a paper running it writes, found
 * after a title and a lead (as an agency page sets them) and after furniture run into the paragraph.
 * One row per agency at least; the stories are made up.
 */
class WireDatelinesTest {
  private static final LocalDate REF = LocalDate.of(2021, 8, 27);
  private static final String TITLE = "Talks on the river treaty resume";
  private static final String LEAD = "Delegations from both sides returned to the table after a pause of two months, officials said.";
  private static final String STORY = "The two delegations met for four hours and agreed to meet again next month.";

  /** "place|agency|date" of the dateline found in the body, "-" for none. */
  private static String found(List<String> body) {
    return DatelineFinder.find(body, REF)
        .map(f -> (f.result().dateline() == null ? "" : f.result().dateline().place()) + "|"
            + (f.result().agency() == null ? "" : f.result().agency()) + "|"
            + (f.result().date() == null ? "" : f.result().date()))
        .orElse("-");
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
    "KABUL, Aug 26 (Reuters) -|Reuters|KABUL|2021-08-26",
    "LAGOS, Nigeria (AP) \u2014|AP|LAGOS|",
    "DAKAR, Aug 25 (AFP) -|AFP|DAKAR|2021-08-25",
    "Dakar (AFP) -|AFP|Dakar|",
    "MOSCOW, August 25. /TASS/.|TASS|MOSCOW|2021-08-25",
    "LANZHOU, Aug. 26 (Xinhua) --|Xinhua|LANZHOU|2021-08-26",
    "ANKARA (AA) -|Anadolu|ANKARA|",
    "Hamburg (dpa) -|dpa|Hamburg|",
    "Bogota, 26 Aug (EFE).-|EFE|Bogota|2021-08-26",
    "(ANSA) - MILAN, AUG 26 -|ANSA|MILAN|2021-08-26",
    "OSAKA, Aug. 26 (Kyodo) --|Kyodo|OSAKA|2021-08-26",
    "BUSAN, Aug. 26 (Yonhap) --|Yonhap|BUSAN|2021-08-26",
    "Kolkata, Aug 26 (PTI)|PTI|Kolkata|2021-08-26",
    "Chennai, Aug 26 (IANS)|IANS|Chennai|2021-08-26",
    "MOSCOW. Aug 26 (Interfax) -|Interfax|MOSCOW|2021-08-26",
    "KYIV. Aug 26 (Interfax-Ukraine) -|Interfax|KYIV|2021-08-26",
    "MOSCOW, August 26 (RIA Novosti) -|RIA Novosti|MOSCOW|2021-08-26",
    "Bhopal, Aug 26 (UNI)|UNI|Bhopal|2021-08-26",
    "IPOH, Aug 26 (Bernama) --|Bernama|IPOH|2021-08-26",
    "Jakarta (ANTARA) -|Antara|Jakarta|",
    "DAVAO CITY, Aug. 26 (PNA) \u2013|PNA|DAVAO CITY|2021-08-26",
    "KUWAIT, Aug 26 (KUNA) --|KUNA|KUWAIT|2021-08-26",
    "ABU DHABI, 26th August, 2021 (WAM) --|WAM|ABU DHABI|2021-08-26",
    "Jeddah, August 26, 2021, SPA --|SPA|Jeddah|2021-08-26",
    "CAIRO, Aug 26 (MENA) -|MENA|CAIRO|2021-08-26",
    "TEHRAN, Aug. 26 (IRNA) --|IRNA|TEHRAN|2021-08-26",
    "Tehran, IRNA --|IRNA|Tehran|",
    "WASHINGTON, Aug. 26 (UPI) --|UPI|WASHINGTON|2021-08-26",
    "Srinagar [India], August 26 (ANI):|ANI|Srinagar|2021-08-26",
    "LAHORE, Aug 26 (APP):|APP|LAHORE|2021-08-26",
    "DOHA, Aug 26 (QNA) -|QNA|DOHA|2021-08-26",
    "Amman, Aug. 26 (Petra) --|Petra|Amman|2021-08-26",
    "Damascus, SANA \u2013|SANA|Damascus|",
    "Pyongyang, August 26 (KCNA) --|KCNA|Pyongyang|2021-08-26",
    "Hanoi (VNA) \u2013|VNA|Hanoi|",
    "DHAKA, Aug 26, 2021 (BSS) -|BSS|DHAKA|2021-08-26",
    "Havana, Aug 26 (Prensa Latina)|Prensa Latina|Havana|2021-08-26",
    "Taipei, Aug. 26 (CNA)|CNA|Taipei|2021-08-26",
    "SYDNEY, Aug 26 (AAP) -|AAP|SYDNEY|2021-08-26",
    "ABUJA, Aug 26 (NAN) -|NAN|ABUJA|2021-08-26",
  })
  void afterATitleAndALead(String dateline, String agency, String place, String date) {
    String expected = place + "|" + agency + "|" + (date == null ? "" : date);
    assertEquals(expected, found(List.of(TITLE, LEAD, dateline + " " + STORY)));
    assertEquals(expected, found(List.of(TITLE, "Updated 9:14 am GMT Share", dateline + " " + STORY)));
    assertEquals(expected, found(List.of("Updated 9:14 am GMT Share " + dateline + " " + STORY)));
  }

  /** Papers that run Anadolu copy set its dateline as a line of its own before the story. */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
    "ANKARA \u2013 Anadolu Agency|Anadolu|ANKARA|",
    "ISTANBUL - Anadolu Agency|Anadolu|ISTANBUL|",
    "Tehran, IRNA --|IRNA|Tehran|",
  })
  void onALineOfItsOwn(String dateline, String agency, String place, String date) {
    String expected = place + "|" + agency + "|" + (date == null ? "" : date);
    assertEquals(expected, found(List.of(TITLE, LEAD, dateline, STORY)));
    assertEquals(expected, found(List.of(TITLE, "Updated 9:14 am GMT Share", dateline, STORY)));
  }

  /** A wire's name that only starts a sentence, or a town that shares an agency's name, stays what it is. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "WASHINGTON \u2014 Reuters reported on Tuesday that the talks had stalled.|WASHINGTON||",
    "PETRA, Jordan (AP) \u2014 Visitors returned to the old city.|PETRA|AP|",
    "Officials said Xinhua -- the state agency -- had the figures first.|-||",
  })
  void wireNamesInOtherRoles(String paragraph, String place, String agency, String date) {
    String expected = "-".equals(place) ? "-" : place + "|" + (agency == null ? "" : agency) + "|" + (date == null ? "" : date);
    assertEquals(expected, found(List.of(TITLE, LEAD, paragraph)));
  }
}
