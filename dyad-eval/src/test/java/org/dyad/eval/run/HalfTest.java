package org.dyad.eval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HalfTest {
  @Test
  void theFirstHexDigitOfTheMd5DecidesAsScorePyDoes() {
    // md5 hex starts: alpha 2, beta 9, gamma 0, delta 6, doc-17 4, "Ministers met in Oslo." e
    assertEquals("alpha=A beta=B gamma=A delta=A doc-17=A Ministers met in Oslo.=B",
        Stream.of("alpha", "beta", "gamma", "delta", "doc-17", "Ministers met in Oslo.")
            .map(k -> k + "=" + Half.of(k)).collect(Collectors.joining(" ")));
  }

  @Test
  void allHoldsEveryKeyAndAHalfOnlyItsOwn() {
    assertTrue(Half.ALL.holds("beta"));
    assertTrue(Half.B.holds("beta"));
    assertFalse(Half.A.holds("beta"));
    assertEquals("all A B", Half.ALL.label() + " " + Half.A.label() + " " + Half.B.label());
  }
}
