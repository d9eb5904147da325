package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DevHalfTest {
  private static final List<String> KEYS = List.of("alpha", "beta", "gamma", "Moscow");

  /** MD5 first hex digits: alpha 2, beta 9, gamma 0, Moscow 7 (as python3's hashlib gives them). */
  @Test
  void splitsByTheFirstDigitOfTheMd5() {
    assertEquals(List.of("alpha", "gamma", "Moscow"), KEYS.stream().filter(DevHalf.A::holds).toList());
    assertEquals(List.of("beta"), KEYS.stream().filter(DevHalf.B::holds).toList());
    assertEquals(KEYS, KEYS.stream().filter(DevHalf.ALL::holds).toList());
  }

  @Test
  void namesAreReadInAnyCase() {
    assertEquals(DevHalf.A, DevHalf.of("a"));
    assertEquals(DevHalf.ALL, DevHalf.of("All"));
    assertThrows(IllegalArgumentException.class, () -> DevHalf.of("C"));
  }
}
