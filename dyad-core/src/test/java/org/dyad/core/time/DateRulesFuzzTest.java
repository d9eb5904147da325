package org.dyad.core.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.time.LocalDate;

/**
 * Fuzzes the date rules on any phrase with a fixed article date, and the pattern recogniser on any
 * text: no exception, and every span found lies inside the text.
 */
class DateRulesFuzzTest {
  private static final LocalDate DATE = LocalDate.of(2026, 11, 29);
  private static final PatternTimexRecognizer RECOGNIZER = new PatternTimexRecognizer();

  @FuzzTest(maxDuration = "1m")
  void rules(FuzzedDataProvider data) {
    boolean future = data.consumeBoolean();
    DateRules.standard().resolve(data.consumeRemainingAsString(), DATE, future);
  }

  @FuzzTest(maxDuration = "1m")
  void recognizer(@NotNull String text) {
    for (int[] span : RECOGNIZER.find(text)) {
      assertTrue(0 <= span[0] && span[0] < span[1] && span[1] <= text.length(), span[0] + ".." + span[1]);
    }
  }
}
