package org.dyad.eval.plv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlvReaderTest {
  @Test
  void marksBecomeSpansOfThePlainSentence() {
    String marked = "<s>Freedonia</s> thanked <t>Sylvania</t> and <s>its allies</s>.";
    assertEquals("[TextSpan[start=0, end=9], TextSpan[start=31, end=41]]", PlvReader.spans(marked, "s").toString());
    assertEquals("[TextSpan[start=18, end=26]]", PlvReader.spans(marked, "t").toString());
  }

  @Test
  void readsTheColumnsItScoresByName() throws IOException {
    String tsv = "\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_root\tmodality_L2\n"
        + "0\t7\tFreedonia \"warmly\" thanked Sylvania.\t<s>Freedonia</s> \"warmly\" thanked <t>Sylvania</t>.\tFreedonia\tSylvania\tsupport\tpast\n";
    List<PlvItem> items = PlvReader.read(new StringReader(tsv), "test.tsv");
    PlvItem i = items.get(0);
    assertEquals("1 SUPPORT Freedonia>Sylvania Freedonia \"warmly\" thanked Sylvania. [TextSpan[start=27, end=35]]",
        items.size() + " " + i.root() + " " + i.source() + ">" + i.target() + " " + i.sentence() + " " + i.targetSpans());
  }
}
