package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.time.SpanMerger.Candidate;
import org.junit.jupiter.api.Test;

class FragmentJoinerTest {
  private final FragmentJoiner joiner = new FragmentJoiner(DateRules.standard());

  private static Candidate at(String text, String piece, String type, String value) {
    int start = text.indexOf(piece);
    return new Candidate(start, start + piece.length(), type, value, true);
  }

  private List<String> joined(String text, Candidate... pieces) {
    return joiner.join(List.of(pieces), text).stream()
        .map(c -> text.substring(c.start(), c.end()) + " " + c.value())
        .toList();
  }

  @Test
  void joinsPiecesOfOneValue() {
    String text = "The strike began Tuesday night in the port.";
    assertEquals(List.of("Tuesday night 2021-08-24TNI"), joined(text,
        at(text, "night", "TIME", "2021-08-24TNI"), at(text, "Tuesday", "TIME", "2021-08-24TNI")));
  }

  @Test
  void joinsAHolidayWithItsDay() {
    String text = "Stores close on Boxing Day every year.";
    assertEquals(List.of("Boxing Day 2020-12-26"), joined(text,
        at(text, "Boxing", "DATE", "2020-12-26"), at(text, "Day", "DURATION", "P1D")));
  }

  @Test
  void joinsAPieceWithoutValueWhenTheWholeResolves() {
    String text = "Sales grew in fiscal 2020 overall.";
    assertEquals(List.of("fiscal 2020 2020"), joined(text,
        at(text, "fiscal", "DATE", null), at(text, "2020", "DATE", "2020")));
  }

  @Test
  void keepsApartWhatDoesNotBelongTogether() {
    String text = "The quarter ended June 30, profits fell.";
    assertEquals(List.of("quarter 2021-Q2", "ended null", "June 30 2021-06-30"), joined(text,
        at(text, "quarter", "DATE", "2021-Q2"), at(text, "ended", "DATE", null),
        at(text, "June 30", "DATE", "2021-06-30")));
  }
}
