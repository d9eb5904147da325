package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void aQuoteIsPrintedWithTheCueTheTextHas() {
    String text = "Ana Ruiz told reporters that the port would reopen. \u201CWe are ready,\u201D she added.";
    Speaker ruiz = new Speaker("Ana Ruiz", 0, 8, "XYZGOV", "minister");
    Quote told = new Quote(29, 50, "the port would reopen", false, "told", ruiz, "2030-05-08", "article");
    Quote added = new Quote(53, 66, "We are ready,", true, "added", ruiz, "2030-05-08", "article");
    AnalyzedArticle a = new AnalyzedArticle("t", null, null, null, null, null, text, null, List.of(), List.of(told, added),
        List.of(), List.of(), List.of());
    StringWriter out = new StringWriter();
    new Summary(List.of(a)).print(new PrintWriter(out), 1, 1);
    String s = out.toString();
    assertTrue(s.contains("Ana Ruiz (minister) [XYZGOV], told (indirect): the port would reopen"), s);
    assertTrue(s.contains("Ana Ruiz (minister) [XYZGOV], added: \u201CWe are ready,\u201D"), s);
  }
}
