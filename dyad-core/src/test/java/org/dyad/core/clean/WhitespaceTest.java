package org.dyad.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WhitespaceTest {
  @Test
  void lineFoldsOddSpacesAndDropsInvisibles() {
    assertEquals("Kabul, Aug. 16", Whitespace.line("\u00a0Kabul,\u2009Aug.\u200b 16\t "));
  }

  @Test
  void firstNonBlankSkipsNullAndBlankAndStrips() {
    assertEquals("Reuters", Whitespace.firstNonBlank(null, " \u00a0", "  Reuters ", "AP"));
    assertNull(Whitespace.firstNonBlank(null, "", "\t"));
    assertNull(Whitespace.firstNonBlank());
  }
}
