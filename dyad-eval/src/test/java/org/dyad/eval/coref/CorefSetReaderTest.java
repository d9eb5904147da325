package org.dyad.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorefSetReaderTest {
  @Test
  void markupGoesAndOffsetsPointIntoThePlainText() throws IOException {
    String set = "# comment\n## one\n[Mayor Ana Ruiz]{ruiz} spoke. [She]{ruiz} left.\n\n## two\nNobody here.\n";
    List<CorefDocument> docs = CorefSetReader.read(new StringReader(set));
    assertEquals(2, docs.size());
    CorefDocument d = docs.get(0);
    assertEquals("Mayor Ana Ruiz spoke. She left.", d.text());
    assertEquals("She", d.text().substring(d.mentions().get(1).start(), d.mentions().get(1).end()));
    assertEquals(List.of("ruiz", "ruiz"), d.mentions().stream().map(GoldMention::chain).toList());
    assertTrue(docs.get(1).mentions().isEmpty());
  }

  @Test
  void aStrayBracketIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> CorefSetReader.document("x", "[Ana spoke."));
  }

  @Test
  void theDevelopmentSetHasThirtyChains() {
    List<CorefDocument> dev = CorefSetReader.dev();
    CorefReport sizes = dev.stream().map(d -> CorefReport.of(d, d.mentions().stream().map(GoldMention::chain).toList()))
        .reduce(CorefReport.EMPTY, CorefReport::plus);
    assertTrue(sizes.chains() >= 30, "chains: " + sizes.chains());
    assertEquals(1.0, sizes.muc().f1(), 1e-9);
  }
}
