package org.dyad.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TmlParserTest {
  private static final String TML = """
      <?xml version="1.0" ?>
      <TimeML>
      <DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18" functionInDocument="CREATION_TIME">\
      1998-08-07</TIMEX3></DCT>
      <TEXT>
      AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday\
      </TIMEX3> &lt;x&gt; &#233;.
      </TEXT>
      </TimeML>
      """;

  @Test
  void stripsTagsAndUnescapesSoOffsetsApply() {
    TmlParser.TmlText t = TmlParser.parse(TML);
    assertEquals("\nAT&T said Friday <x> \u00e9.\n", t.text());
    assertEquals(LocalDate.of(1998, 8, 7), t.dct());
    assertEquals("Friday", t.text().substring(11, 17));
  }

  @Test
  void documentWithoutDctHasNullDate() {
    assertNull(TmlParser.parse("<TEXT>x</TEXT>").dct());
  }

  @Test
  void rejectsDocumentWithoutText() {
    assertThrows(IllegalArgumentException.class, () -> TmlParser.parse("<TimeML/>"));
  }

  @Test
  void leavesUnknownEntitiesAndDoesNotUnescapeTwice() {
    assertEquals("&Cx1f; &lt;", TmlParser.unescape("&Cx1f; &amp;lt;"));
  }
}
