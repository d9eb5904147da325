package org.dyad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;

/** One content, one quote: a direct quote inside a longer direct quote is dropped, nothing else is. */
class NestedQuotesTest {
  private static Quote quote(int start, int end, boolean direct, String cue) {
    return new Quote(start, end, "x".repeat(end - start), direct, cue, null, null, null);
  }

  private static String kept(List<Quote> quotes) {
    return ParseQuoteAttributor.withoutNestedDirect(quotes).stream()
        .map(q -> q.cue() + "[" + q.start() + "," + q.end() + ")").collect(Collectors.joining(" "));
  }

  @Test
  void aDirectQuoteInsideALongerDirectQuoteGoes() {
    assertEquals("said[0,40)", kept(List.of(quote(0, 40, true, "said"), quote(10, 40, true, "hopes"))));
  }

  @Test
  void anIndirectStatementInsideADirectQuoteStays() {
    assertEquals("said[0,40) hopes[10,30)", kept(List.of(quote(0, 40, true, "said"), quote(10, 30, false, "hopes"))));
  }

  @Test
  void aDirectQuoteInsideAnIndirectStatementStays() {
    assertEquals("said[0,40) hopes[10,40)", kept(List.of(quote(0, 40, false, "said"), quote(10, 40, true, "hopes"))));
  }

  @Test
  void quotesSideBySideBothStay() {
    assertEquals("said[0,20) added[25,40)", kept(List.of(quote(0, 20, true, "said"), quote(25, 40, true, "added"))));
  }
}
