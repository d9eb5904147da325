package org.dyad.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActorCodesTest {
  private static final ActorCodes MAYOR = ActorCodes.parse("ZZZELI@1990-01-01..1999-12-31|ZZZGOV@2000-01-01..2009-06-30|ZZZELI");

  @Test
  void theCodeOfTheDayFirstDatedThenUndated() {
    assertEquals("ZZZELI", MAYOR.on(LocalDate.of(1995, 5, 1)));
    assertEquals("ZZZGOV", MAYOR.on(LocalDate.of(2000, 1, 1)), "first day inclusive");
    assertEquals("ZZZGOV", MAYOR.on(LocalDate.of(2009, 6, 30)), "last day inclusive");
    assertEquals("ZZZELI", MAYOR.on(LocalDate.of(2009, 7, 1)), "out of office: the undated code");
  }

  @Test
  void openEndsAndTheLastCodeWhenNothingCovers() {
    ActorCodes c = ActorCodes.parse("QQQGOV@2012-05-07..|QQQELI@..2008-05-06");
    assertEquals("QQQGOV", c.on(LocalDate.of(2030, 1, 1)));
    assertEquals("QQQELI", c.on(LocalDate.of(1990, 1, 1)));
    assertEquals("QQQELI", c.on(LocalDate.of(2010, 1, 1)), "no range covers it, none undated: the last written");
  }

  @Test
  void formatReadsBack() {
    assertEquals("ZZZELI@1990-01-01..1999-12-31|ZZZGOV@2000-01-01..2009-06-30|ZZZELI", MAYOR.format());
    assertEquals("QQQGOV@2012-05-07..", ActorCodes.parse("QQQGOV@2012-05-07..").format());
  }

  @Test
  void badCellsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ActorCodes.parse("ZZZGOV@2000-01-01"));
    assertThrows(IllegalArgumentException.class, () -> ActorCodes.parse("ZZZGOV@2000-13-01.."));
    assertThrows(IllegalArgumentException.class, () -> ActorCodes.parse("ZZZGOV@2001-01-01..2000-01-01"));
    assertThrows(IllegalArgumentException.class, () -> ActorCodes.parse("zzgov"));
  }
}
