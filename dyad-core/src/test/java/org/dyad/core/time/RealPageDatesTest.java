package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What real pages hold besides the time expressions of wire copy: numbers in names, parts of a
 * game, named days, stories told about another time, ranges and fractions of lengths. Sentences
 * written for these tests; the annotator's timexes are what SUTime proposes for such text.
 */
class RealPageDatesTest {
  private final RuleDateNormalizer normalizer = new RuleDateNormalizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "null", textBlock = """
      a half of a football match | 2021-08-25 | Rovers scored twice in the second half and held on for a draw. | the second half -> DATE 2021-H2 |
      a quarter of a basketball game | 2021-08-25 | The Hawks trailed by nine points in the second quarter before their guard hit three three-pointers. | the second quarter -> DATE 2021-Q2 |
      a quarter of a business year stays | 2021-08-25 | Profit rose in the second quarter, the bank said. | the second quarter -> DATE 2021-Q2 | [15,33) DATE 2021-Q2 the second quarter
      a model number | 2021-08-25 | The card is about as fast as the RTX 2060 but costs less. | 2060 -> DATE 2060 |
      a film title, and a day | 2021-08-25 | Blade Runner 2049 returns to cinemas on Friday, the studio said. | 2049 -> DATE 2049; Friday -> DATE 2021-08-27 | [40,46) DATE 2021-08-20 Friday
      a numbered text and a verse | 2021-08-25 | The preacher read from Psalm 1023 and from John 3:16 before the vote. | 1023 -> DATE 1023; 3:16 -> TIME null |
      a resolution and a year | 2021-08-25 | The council cited Resolution 2254, adopted in 2015. | 2254 -> DATE 2254; 2015 -> DATE 2015 | [46,50) DATE 2015 2015
      a year after a possessive stays | 2021-08-25 | Russia's 2014 annexation of the peninsula was condemned. | 2014 -> DATE 2014 | [9,13) DATE 2014 2014
      a painting and a magazine | 2021-08-25 | The duo rebuilt Starry Night in light, and Motor Cycle Monthly reviewed it. | Night -> TIME 2021-08-25TNI; Monthly -> SET P1M |
      a paper named for a weekday | 2021-08-25 | The claim first appeared in the Sunday Times on Monday. | Sunday -> DATE 2021-08-22; Monday -> DATE 2021-08-23 | [48,54) DATE 2021-08-23 Monday
      named days after Thanksgiving | 2021-12-10 | Shoppers queued on Black Friday and spent even more on Cyber Monday. | Friday -> DATE 2021-12-10; Monday -> DATE 2021-12-06 | [19,31) DATE 2021-11-26 Black Friday; [55,67) DATE 2021-11-29 Cyber Monday
      a day before Easter | 2022-03-01 | The pilgrims will arrive on Good Friday. | Friday -> DATE 2022-03-04 | [28,39) DATE 2022-04-15 Good Friday
      a day in history is no date | 2021-08-25 | Marchers remembered Bloody Sunday in the rain. | Sunday -> DATE 2021-08-22 |
      a story told about 2009 | 2021-08-25 | In 2009 she was a reporter in Kandahar. She was stopped at a checkpoint, and the next morning an officer drove her back. That evening she was at her desk again. | 2009 -> DATE 2009; the next morning -> TIME 2021-08-26TMO; That evening -> TIME 2021-08-25TEV | [3,7) DATE 2009 2009; [77,93) TIME null the next morning; [121,133) TIME null That evening
      the next morning after a day | 2021-08-25 | She was stopped on March 3, 2015. The next morning she was freed. | March 3, 2015 -> DATE 2015-03-03; The next morning -> TIME 2021-08-26TMO | [19,32) DATE 2015-03-03 March 3, 2015; [34,50) TIME 2015-03-04TMO The next morning
      the next day with no day before it | 2021-08-25 | Police found the car, and the next day they made an arrest. | the next day -> DATE 2021-08-26 | [26,38) DATE null the next day
      the next day ahead | 2021-08-25 | The envoy will rest, and the next day he will fly home. | the next day -> DATE 2021-08-26 | [25,37) DATE 2021-08-26 the next day
      a range of lengths | 2021-08-25 | The repairs will take two-three years. | two-three years -> DURATION P2Y/P3Y | [22,25) DURATION P2Y two; [26,37) DURATION P3Y three years
      a range of lengths with to | 2021-08-25 | The session lasts 10 to 15 minutes. | 10 to 15 minutes -> DURATION PT10M/PT15M | [18,20) DURATION PT10M 10; [24,34) DURATION PT15M 15 minutes
      fractions of years | 2021-08-25 | The bridge has been shut for 3.2 years and prices rose over 1.5 years. | 3.2 years -> DURATION P3Y; 1.5 years -> DURATION P1Y | [29,38) DURATION P3.2Y 3.2 years; [60,69) DURATION P1Y6M 1.5 years
      a very long time and a distance | 2021-08-25 | The light took 13.8 billion years to reach us from 230 million light-years away. | 13.8 billion years -> DURATION P2147483647Y; years -> DURATION PXY | [15,33) DURATION P13800000000Y 13.8 billion years
      two days of one month | 2021-08-25 | The summit is on April 24 and 25, the host said. | April 24 -> DATE 2021-04-24 | [17,25) DATE 2021-04-24 April 24; [30,32) DATE 2021-04-25 25
      an additional year and midday | 2021-08-25 | The loan may run for an additional year. He appears at midday. | | [21,39) DURATION P1Y an additional year; [52,61) TIME 2021-08-25T12:00 at midday
      quarters as a length are months | 2021-08-25 | The charge will be spread over the next three quarters. | | [31,54) DURATION P9M the next three quarters
      a half of a match the annotator cut at its ordinal | 2021-11-30 | United equalised early in the second half through their captain. | early in the second -> TIME 2021-11-30TXX:XX |
      a quarter of a game told by the margin | 2021-11-30 | The Celtics led by twelve at the end of the third quarter. | the end of the third quarter -> DATE 2021-Q3 |
      a margin in votes leaves a quarter of the year | 2021-11-30 | The bill passed by twelve votes in the third quarter. | the third quarter -> DATE 2021-Q3 | [35,52) DATE 2021-Q3 the third quarter
      a named day with its year | 2021-11-30 | Retailers expect record sales on Cyber Monday this year. | Monday this year -> DATE 2021-WXX-1 | [33,55) DATE 2021-11-29 Cyber Monday this year
      a length and a half | 2021-11-30 | He has worked at the plant for two and a half years. | years -> DURATION PXY | [31,51) DURATION P2Y6M two and a half years
      a march named for its cause is no month | 2021-11-30 | Thousands joined the March for Peace in the capital in March. | March -> DATE 2021-03; March -> DATE 2021-03 | [55,60) DATE 2021-03 March
      a bonus measured in months of pay is no length | 2021-11-30 | The firm offers a bonus of six months of base pay, and talks lasted six months. | six months -> DURATION P6M; six months -> DURATION P6M | [68,78) DURATION P6M six months
      a weekday joined to plural nights shares them | 2021-11-30 | Buses will run on Friday and Saturday nights from May. | Friday -> DATE 2021-12-03; Saturday nights -> SET XXXX-WXX-6TNI; May -> DATE 2022-05 | [18,24) SET XXXX-WXX-5TNI Friday; [29,44) SET XXXX-WXX-6TNI Saturday nights; [50,53) DATE 2022-05 May
      two quarters sharing their noun | 2021-11-30 | Sales rose in the first and third quarters, the chain said. | the first and third quarters -> DATE 2022-02 | [18,23) DATE 2021-Q1 first; [28,42) DATE 2021-Q3 third quarters
      quarters of any year in a habitual clause | 2021-11-30 | Most tickets are usually sold in the second and fourth quarters. | the second and fourth quarters -> DATE 2022-02 | [37,43) SET XXXX-Q2 second; [48,63) SET XXXX-Q4 fourth quarters
      a surname that is a unit | 2021-08-25 | The envoys thanked Hill and Weeks for their patience on Monday. | Weeks -> DURATION PXW; Monday -> DATE 2021-08-23 | [56,62) DATE 2021-08-23 Monday
      weeks at the start of a sentence stay | 2021-08-25 | Weeks passed before the envoys met. | Weeks -> DURATION PXW | [0,5) DURATION PXW Weeks
      a given name that is a month | 2021-08-25 | The prize went to Kim Tae Jun of Busan. | Jun -> DATE 2021-06 |
      a short month before its day stays | 2021-08-25 | The envoys met Kim Jun 3 and again in July. | Jun 3 -> DATE 2021-06-03; July -> DATE 2021-07 | [19,24) DATE 2021-06-03 Jun 3; [38,42) DATE 2021-07 July
      every such weekday | 2021-08-25 | The ferry leaves on Tuesday nights and the market opens on Sundays. | Tuesday nights -> TIME 2021-08-24TNI; Sundays -> DATE 2021-08-22 | [20,34) SET XXXX-WXX-2TNI Tuesday nights; [59,66) SET XXXX-WXX-7 Sundays
      """)
  void realPageExpressions(String what, LocalDate date, String text, String timexes, String expected) {
    assertEquals(AnnotationFixture.items(expected),
        AnnotationFixture.compact(normalizer.normalize(AnnotationFixture.article(text, date), AnnotationFixture.table(text, timexes))),
        what + ": " + text);
  }
}
