package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PatternTimexRecognizerTest {
  private final PatternTimexRecognizer recognizer = new PatternTimexRecognizer();

  private Set<String> found(String text) {
    Set<String> out = new TreeSet<>();
    for (int[] s : recognizer.find(text)) {
      out.add(text.substring(s[0], s[1]));
    }
    return out;
  }

  @Test
  void findsNewsExpressions() {
    Set<String> f = found("Prices rose over the past 20 years, earlier this month and two days ago. "
        + "Last week a 20-year-old met Mr. Smith on Wednesday, Aug. 15, 2021 and on 3 March.");
    assertTrue(f.containsAll(List.of("the past 20 years", "earlier this month", "two days ago",
        "Last week", "20-year", "Wednesday", "Aug. 15, 2021", "3 March")), f.toString());
  }

  @Test
  void ignoresLowerCaseMonthWordsAndArticles() {
    assertEquals(Set.of(), found("They may march on. A year is long."));
  }

  @Test
  void findsNothingInEmptyText() {
    assertEquals(List.of(), recognizer.find(""));
  }
}
