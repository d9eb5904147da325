package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weekday facts checked with {@code date -d}: 2021-08-25 is a Wednesday in ISO week 2021-W34. */
class DateRulesTest {
  private final DateRules rules = DateRules.standard();

  @ParameterizedTest(name = "[{1}] {0} -> {3} {4}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      on Wednesday          | 2021-08-25 | false | DATE | 2021-08-25
      Wednesday             | 2021-08-25 | false | DATE | 2021-08-25
      on Monday             | 2021-08-25 | false | DATE | 2021-08-23
      Sunday                | 2021-08-25 | false | DATE | 2021-08-22
      Thursday              | 2021-08-25 | false | DATE | 2021-08-19
      last Friday           | 2021-08-25 | false | DATE | 2021-08-20
      last Wednesday        | 2021-08-25 | false | DATE | 2021-08-18
      this Monday           | 2021-08-25 | false | DATE | 2021-08-23
      next Monday           | 2021-08-25 | false | DATE | 2021-08-30
      on Monday             | 2021-08-25 | true  | DATE | 2021-08-30
      Wednesday             | 2021-08-25 | true  | DATE | 2021-08-25
      next Wednesday        | 2021-08-25 | true  | DATE | 2021-09-01
      Tue.                  | 2021-08-25 | false | DATE | 2021-08-24
      Tuesday night         | 2021-08-25 | false | TIME | 2021-08-24TNI
      Monday morning        | 2021-08-25 | false | TIME | 2021-08-23TMO
      yesterday             | 2021-08-25 | false | DATE | 2021-08-24
      the fourth day        | 2021-08-25 | false | DATE | 2021-08-25
      the day before last Friday | 2021-08-25 | false | DATE | 2021-08-19
      the day after Aug. 15 | 2021-08-25 | false | DATE | 2021-08-16
      the week of Aug. 2    | 2021-08-25 | false | DATE | 2021-W31
      a third straight day  | 2021-08-25 | false | DATE | 2021-08-25
      the 10th day          | 2021-08-25 | false | DATE | 2021-08-25
      the first day         | 2021-08-25 | true  | DATE | null
      today                 | 2021-08-25 | false | DATE | 2021-08-25
      tomorrow              | 2021-08-25 | false | DATE | 2021-08-26
      the day before yesterday | 2021-08-25 | false | DATE | 2021-08-23
      tonight               | 2021-08-25 | false | TIME | 2021-08-25TNI
      last night            | 2021-08-25 | false | TIME | 2021-08-24TNI
      this morning          | 2021-08-25 | false | TIME | 2021-08-25TMO
      yesterday afternoon   | 2021-08-25 | false | TIME | 2021-08-24TAF
      On August 15          | 2021-08-25 | false | DATE | 2021-08-15
      Aug. 15               | 2021-08-25 | false | DATE | 2021-08-15
      15 August             | 2021-08-25 | false | DATE | 2021-08-15
      the 15th of August    | 2021-08-25 | false | DATE | 2021-08-15
      Wednesday, Aug. 25    | 2021-08-25 | false | DATE | 2021-08-25
      On December 20        | 2021-02-03 | false | DATE | 2020-12-20
      December 20           | 2021-08-25 | false | DATE | 2020-12-20
      November 20           | 2021-08-25 | false | DATE | 2021-11-20
      January 5             | 2021-12-28 | false | DATE | 2022-01-05
      March 1               | 2021-08-25 | true  | DATE | 2022-03-01
      by August 20          | 2021-08-25 | true  | DATE | 2021-08-20
      by August 5           | 2021-08-25 | true  | DATE | 2022-08-05
      August 15, 2019       | 2021-08-25 | false | DATE | 2019-08-15
      the year-earlier nine months | 2021-08-25 | false | DURATION | P9M
      a month or so ago     | 2021-08-25 | false | DATE | 2021-07
      the year-ago six months | 2021-08-25 | false | DURATION | P6M
      in March              | 2021-08-25 | false | DATE | 2021-03
      in December           | 2021-08-25 | false | DATE | 2020-12
      last July             | 2021-08-25 | false | DATE | 2021-07
      last September        | 2021-08-25 | false | DATE | 2020-09
      next March            | 2021-08-25 | false | DATE | 2022-03
      March 2020            | 2021-08-25 | false | DATE | 2020-03
      August of last year   | 2021-08-25 | false | DATE | 2020-08
      late last July        | 2013-03-22 | false | DATE | 2012-07
      two days ago          | 2021-08-25 | false | DATE | 2021-08-23
      ten days ago          | 2021-08-25 | false | DATE | 2021-08-15
      three weeks ago       | 2021-08-25 | false | DATE | 2021-W31
      a month ago           | 2021-08-25 | false | DATE | 2021-07
      a year ago            | 2021-08-25 | false | DATE | 2020
      five years ago        | 2021-08-25 | false | DATE | 2016
      a decade ago          | 2021-08-25 | false | DATE | 2011
      two weeks from now    | 2021-08-25 | false | DATE | 2021-W36
      several years ago     | 2021-08-25 | false | DATE | PAST_REF
      years ago             | 2021-08-25 | false | DATE | PAST_REF
      last week             | 2021-08-25 | false | DATE | 2021-W33
      Last week             | 2021-08-25 | false | DATE | 2021-W33
      this week             | 2021-08-25 | false | DATE | 2021-W34
      earlier this week     | 2021-08-25 | false | DATE | 2021-W34
      next week             | 2021-08-25 | false | DATE | 2021-W35
      this week             | 2021-01-02 | false | DATE | 2020-W53
      last weekend          | 2021-08-25 | false | DATE | 2021-W33-WE
      this weekend          | 2021-08-25 | true  | DATE | 2021-W34-WE
      last month            | 2021-08-25 | false | DATE | 2021-07
      last month            | 2021-01-15 | false | DATE | 2020-12
      earlier this month    | 2021-08-25 | false | DATE | 2021-08
      earlier this year     | 2021-08-25 | false | DATE | 2021
      later this year       | 2021-08-25 | true  | DATE | 2021
      last year             | 2021-08-25 | false | DATE | 2020
      this year             | 2021-08-25 | false | DATE | 2021
      next year             | 2021-08-25 | false | DATE | 2022
      last summer           | 2021-08-25 | false | DATE | 2020-SU
      last summer           | 2013-03-22 | false | DATE | 2012-SU
      this summer           | 2021-08-25 | false | DATE | 2021-SU
      this summer           | 2021-03-22 | false | DATE | 2021-SU
      this winter           | 2021-03-22 | false | DATE | 2021-WI
      this spring           | 2021-04-10 | false | DATE | 2021-SP
      summer                | 2021-08-25 | false | DATE | 2021-SU
      last winter           | 2021-08-25 | false | DATE | 2020-WI
      winter                | 2021-01-15 | false | DATE | 2020-WI
      next spring           | 2021-08-25 | false | DATE | 2022-SP
      the fall              | 2021-08-25 | true  | DATE | 2021-FA
      last fall             | 2021-08-25 | false | DATE | 2020-FA
      summer of 2019        | 2021-08-25 | false | DATE | 2019-SU
      the second quarter    | 2021-08-25 | false | DATE | 2021-Q2
      third-quarter         | 2021-08-25 | false | DATE | 2021-Q3
      the fourth quarter    | 2021-08-25 | false | DATE | 2020-Q4
      the fourth quarter    | 2021-08-25 | true  | DATE | 2021-Q4
      the first quarter of 2020 | 2021-08-25 | false | DATE | 2020-Q1
      the fiscal first quarter | 2021-08-25 | false | DATE | 2021-Q1
      Q3 2019               | 2021-08-25 | false | DATE | 2019-Q3
      last quarter          | 2021-08-25 | false | DATE | 2021-Q2
      this quarter          | 2021-08-25 | false | DATE | 2021-Q3
      last quarter          | 2021-02-03 | false | DATE | 2020-Q4
      the first half of 2021 | 2021-08-25 | false | DATE | 2021-H1
      the second half       | 2021-08-25 | false | DATE | 2021-H2
      the last half of 2019 | 2021-08-25 | false | DATE | 2019-H2
      the latter half       | 2021-08-25 | false | DATE | 2021-H2
      the first two quarters of 2018 | 2021-08-25 | false | DATE | 2018-H1
      the last two quarters | 2021-08-25 | false | DATE | 2021-H2
      the first half of the 1970s | 2021-08-25 | false | DATE | 197
      the last half of the '60s | 2021-08-25 | false | DATE | 196
      fiscal 2021           | 2021-08-25 | false | DATE | 2021
      fiscal year 2022      | 2021-08-25 | false | DATE | 2022
      FY2022                | 2021-08-25 | false | DATE | 2022
      fiscal '19            | 2021-08-25 | false | DATE | 2019
      fiscal 89             | 1989-10-30 | false | DATE | 1989
      the current fiscal year | 2021-08-25 | false | DATE | 2021
      last fiscal year      | 2021-08-25 | false | DATE | 2020
      the 1990s             | 2021-08-25 | false | DATE | 199
      the nineties          | 2021-08-25 | false | DATE | 199
      in these difficult days | 2021-08-25 | false | DATE | PRESENT_REF
      midnight Kabul time on Monday | 2021-08-25 | false | TIME | 2021-08-23T24:00
      the sixties           | 1998-03-01 | false | DATE | 196
      the '90s              | 2021-08-25 | false | DATE | 199
      the 2010s             | 2021-08-25 | false | DATE | 201
      this decade           | 2021-08-25 | false | DATE | 202
      2019                  | 2021-08-25 | false | DATE | 2019
      in 2019               | 2021-08-25 | false | DATE | 2019
      the past 20 years     | 2021-08-25 | false | DURATION | P20Y
      over the past fifteen years | 2021-08-25 | false | DURATION | P15Y
      the last two years    | 2021-08-25 | false | DURATION | P2Y
      the next twenty-one days | 2021-08-25 | false | DURATION | P21D
      for two weeks         | 2021-08-25 | false | DURATION | P2W
      20 years              | 2021-08-25 | false | DURATION | P20Y
      20-year               | 2021-08-25 | false | DURATION | P20Y
      nineteen months       | 2021-08-25 | false | DURATION | P19M
      forty-five minutes    | 2021-08-25 | false | DURATION | PT45M
      five hours            | 2021-08-25 | false | DURATION | PT5H
      a week                | 2021-08-25 | false | DURATION | P1W
      two decades           | 2021-08-25 | false | DURATION | P20Y
      two more weeks        | 2021-08-25 | false | DURATION | P2W
      at least 15 more years | 2021-08-25 | false | DURATION | P15Y
      an additional year    | 2021-08-25 | false | DURATION | P1Y
      the past decade       | 2021-08-25 | false | DURATION | P10Y
      the last decade       | 2021-08-25 | false | DURATION | P10Y
      the past week         | 2021-08-25 | false | DURATION | P1W
      several months        | 2021-08-25 | false | DURATION | PXM
      a few days            | 2021-08-25 | false | DURATION | PXD
      for years             | 2021-08-25 | false | DURATION | PXY
      recent weeks          | 2021-08-25 | false | DURATION | PXW
      decades               | 2021-08-25 | false | DURATION | PXY
      three quarters        | 2021-08-25 | false | DURATION | P9M
      recently              | 2021-08-25 | false | DATE | PAST_REF
      in the past           | 2021-08-25 | false | DATE | PAST_REF
      the past              | 2021-08-25 | false | DATE | PAST_REF
      now                   | 2021-08-25 | false | DATE | PRESENT_REF
      currently             | 2021-08-25 | false | DATE | PRESENT_REF
      at the moment         | 2021-08-25 | false | DATE | PRESENT_REF
      in the future         | 2021-08-25 | false | DATE | FUTURE_REF
      soon                  | 2021-08-25 | false | DATE | FUTURE_REF
      the near term         | 2021-08-25 | false | DATE | FUTURE_REF
      10 p.m. Wednesday     | 2021-08-25 | false | TIME | 2021-08-25T22:00
      noon Thursday         | 2021-08-25 | false | TIME | 2021-08-19T12:00
      9:30 a.m. EST Tuesday | 2021-08-25 | true  | TIME | 2021-08-31T09:30
      5 p.m. EDT, Sept. 3   | 2021-08-25 | false | TIME | 2021-09-03T17:00
      midnight Friday       | 2021-08-25 | false | TIME | 2021-08-20T24:00
      the latest quarter    | 2021-08-25 | false | DATE | 2021-Q2
      the quarter           | 2021-08-25 | false | DATE | 2021-Q2
      the quarter           | 2021-08-25 | true  | DATE | 2021-Q3
      the year-ago quarter  | 2021-08-25 | false | DATE | 2020-Q2
      the year-earlier third quarter | 2021-08-25 | false | DATE | 2020-Q3
      last year's quarter   | 2021-08-25 | false | DATE | 2020-Q2
      the 2019 period       | 2021-08-25 | false | DATE | 2019
      year-end              | 2021-08-25 | false | DATE | 2021
      the 19th century      | 2021-08-25 | false | DATE | 18
      3 1/2 years           | 2021-08-25 | false | DURATION | P3Y6M
      an hour and a half    | 2021-08-25 | false | DURATION | PT1H30M
      the first quarter     | 2021-11-10 | true  | DATE | 2022-Q1
      the third quarter     | 2021-11-10 | true  | DATE | 2021-Q3
      nineteen eighty-four  | 2021-08-25 | false | DATE | 1984
      March nineteen ninety-two | 2021-08-25 | false | DATE | 1992-03
      mid-2019              | 2021-08-25 | false | DATE | 2019
      """)
  void resolves(String text, LocalDate anchor, boolean future, String type, String value) {
    assertEquals(Optional.of(new TimexValue(type, value)), rules.resolve(text, anchor, future));
  }

  @Test
  void theDayBeforeAnEventIsNoDateOfItsOwn() {
    assertEquals(Optional.empty(), rules.resolve("the day before the vote", LocalDate.of(2021, 8, 25)));
  }

  @ParameterizedTest(name = "{0} without article date -> {1} {2}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      on Monday             | DATE | null
      last week             | DATE | null
      two days ago          | DATE | null
      yesterday             | DATE | null
      tonight               | TIME | null
      On August 15          | DATE | null
      in March              | DATE | null
      last summer           | DATE | null
      the second quarter    | DATE | null
      earlier this month    | DATE | null
      the '90s              | DATE | null
      August 15, 2019       | DATE | 2019-08-15
      fiscal 2021           | DATE | 2021
      summer 2019           | DATE | 2019-SU
      the past 20 years     | DURATION | P20Y
      10 p.m. Wednesday     | TIME | null
      the year-ago quarter  | DATE | null
      that same day         | DATE | null
      recently              | DATE | PAST_REF
      several years ago     | DATE | PAST_REF
      """)
  void withoutArticleDateRelativeValuesAreNull(String text, String type, String value) {
    assertEquals(Optional.of(new TimexValue(type, value)), rules.resolve(text, null, false));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      the meeting
      ''
      week
      the year
      the next day
      February 30
      two hours ago
      every now and then
      10 p.m.
      noon on the bridge
      """)
  void leavesUnknownExpressionsAlone(String text) {
    assertEquals(Optional.empty(), rules.resolve(text == null ? "" : text, LocalDate.of(2021, 8, 25)));
  }

  /** Frequencies are SETs with the period that repeats, with or without an article date. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      weekly                | P1W
      every week            | P1W
      Each week             | P1W
      every two weeks       | P2W
      every other month     | P2M
      every few years       | PXY
      every 10 years        | P10Y
      daily                 | P1D
      hourly                | PT1H
      annually              | P1Y
      fortnightly           | P2W
      twice a week          | P1W
      three times a year    | P1Y
      once a month          | P1M
      twice per quarter     | P3M
      every quarter         | P3M
      every Sunday          | XXXX-WXX-7
      every Sunday morning  | XXXX-WXX-7TMO
      each July             | XXXX-07
      """)
  void frequenciesAreSets(String text, String value) {
    Optional<TimexValue> expected = Optional.of(new TimexValue("SET", value));
    assertEquals(expected, rules.resolve(text, LocalDate.of(2021, 8, 25)), text);
    assertEquals(expected, rules.resolve(text, null, false), text + " without an article date");
  }

  @Test
  void rejectsNullText() {
    assertThrows(NullPointerException.class, () -> rules.resolve(null, LocalDate.of(2021, 8, 25)));
  }

  @Test
  void weekdaysAreNeverAfterTheArticleDateUnlessFutureAndThenWithinTheWeekAhead() {
    String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (LocalDate anchor = LocalDate.of(2020, 12, 25); anchor.isBefore(LocalDate.of(2021, 1, 10));
        anchor = anchor.plusDays(1)) {
      for (String day : days) {
        LocalDate past = LocalDate.parse(rules.resolve(day, anchor, false).orElseThrow().value());
        LocalDate next = LocalDate.parse(rules.resolve(day, anchor, true).orElseThrow().value());
        assertTrue(!past.isAfter(anchor) && past.isAfter(anchor.minusDays(7)), day + " " + anchor);
        assertTrue(!next.isBefore(anchor) && next.isBefore(anchor.plusDays(7)), day + " " + anchor);
        assertEquals(day.toUpperCase(), past.getDayOfWeek().name());
        assertEquals(day.toUpperCase(), next.getDayOfWeek().name());
      }
    }
  }
}
