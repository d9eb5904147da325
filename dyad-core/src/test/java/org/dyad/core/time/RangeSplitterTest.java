package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.DateMention;
import org.junit.jupiter.api.Test;

class RangeSplitterTest {
  private static final LocalDate ANCHOR = LocalDate.of(2021, 8, 25);
  private final RangeSplitter splitter = new RangeSplitter(DateRules.standard());

  @Test
  void splitsFromToIntoTwoDates() {
    assertEquals(List.of(
            new DateMention(15, 19, "2001", "DATE", "2001"),
            new DateMention(23, 27, "2021", "DATE", "2021")),
        splitter.split("from 2001 to 2021", 10, ANCHOR, false));
  }

  @Test
  void splitsBetweenAndAndHyphens() {
    assertEquals(List.of(
            new DateMention(8, 13, "March", "DATE", "2021-03"),
            new DateMention(18, 21, "May", "DATE", "2021-05")),
        splitter.split("between March and May", 0, ANCHOR, false));
    assertEquals(List.of(
            new DateMention(0, 4, "2001", "DATE", "2001"),
            new DateMention(5, 9, "2021", "DATE", "2021")),
        splitter.split("2001-2021", 0, ANCHOR, false));
  }

  @Test
  void splitsWeekdayRanges() {
    assertEquals(List.of(
            new DateMention(0, 6, "Monday", "DATE", "2021-08-23"),
            new DateMention(15, 21, "Friday", "DATE", "2021-08-20")),
        splitter.split("Monday through Friday", 0, ANCHOR, false));
  }

  @Test
  void leavesNonRangesWhole() {
    assertEquals(List.of(), splitter.split("Aug. 15-20", 0, ANCHOR, false));
    assertEquals(List.of(), splitter.split("twenty-one days", 0, ANCHOR, false));
    assertEquals(List.of(), splitter.split("third-quarter", 0, ANCHOR, false));
    assertEquals(List.of(), splitter.split("1998-99", 0, ANCHOR, false));
    assertEquals(List.of(), splitter.split("last week", 0, ANCHOR, false));
  }
}
