package org.dyad.eval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CheckWordsTest {
  @Test
  void wordsAreLowerCaseRunsOfLettersAndDigitsAndStopWordsGoFromContentWords() {
    assertEquals("[the, envoy, s, 2nd, visit, to, são, tomé]", CheckWords.words("The envoy's 2nd visit to São Tomé.").toString());
    assertEquals("[envoy, s, 2nd, visit, são, tomé]", CheckWords.contentWords("The envoy's 2nd visit to São Tomé.").toString());
  }

  @Test
  void overlapIsTheShareOfGoldWordsWithRepeatsFoundInThePrediction() {
    assertEquals(0.5, CheckWords.overlap("no no never again", "no never"), 1e-9);
    assertEquals(2.0 / 3, CheckWords.overlap("no no never", "no no no"), 1e-9);
    assertEquals(0.5, CheckWords.overlap("no no", "no"), 1e-9);
    assertEquals(0.0, CheckWords.overlap("", "anything"), 1e-9);
  }
}
