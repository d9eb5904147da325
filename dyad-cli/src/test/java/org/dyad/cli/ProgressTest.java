package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.CleanedArticle;
import org.dyad.model.Issue;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;
  private final AtomicLong clock = new AtomicLong(0);
  private final StringWriter out = new StringWriter();

  private Progress progress(boolean terminal, boolean quiet) {
    return new Progress(new PrintWriter(out), terminal, quiet, clock::get, Duration.ofSeconds(10));
  }

  private static AnalyzedArticle article(String duplicateOf, boolean issue) {
    CleanedArticle c = new CleanedArticle("a", null, null, null, null, null, "text", "en",
        issue ? List.of(new Issue("read", "x", "y")) : List.of());
    return AnalyzedArticle.cleanedOnly(c, duplicateOf);
  }

  @Test
  void withoutATerminalACountLineComesEveryInterval() {
    Progress p = progress(false, false);
    p.fileStarted(Path.of("a.txt"), 1, 4);
    for (int i = 0; i < 30; i++) {
      clock.addAndGet(SECOND / 2);
      p.article(article(i % 10 == 0 ? "first" : null, i == 3));
    }
    p.finish();
    assertEquals("dyad: file 1/4, 20 article(s), 2 copies, 1 with issues, 2.0 articles/s\n", out.toString());
  }

  @Test
  void onATerminalOneLineIsRedrawnInPlaceAndClearedAtTheEnd() {
    Progress p = progress(true, false);
    p.fileStarted(Path.of("a.txt"), 3, 4);
    clock.addAndGet(SECOND);
    p.article(article(null, false));
    clock.addAndGet(SECOND / 100);
    p.article(article(null, false));
    String shown = out.toString();
    assertEquals("\r[##########..........] file 3/4, 1 article(s), 0 copies, 0 with issues, 1.0 articles/s", shown);
    p.messages().println("dyad: a.txt: read/binary: nothing was read");
    p.finish();
    String all = out.toString();
    assertTrue(all.startsWith(shown + "\r" + " ".repeat(shown.length() - 1) + "\rdyad: a.txt"), all);
    assertTrue(all.endsWith("nothing was read" + System.lineSeparator()), "finish has nothing left to clear: " + all);
  }

  @Test
  void quietShowsNothing() {
    Progress p = progress(true, true);
    for (int i = 0; i < 10; i++) {
      clock.addAndGet(60 * SECOND);
      p.article(article(null, false));
    }
    p.finish();
    assertEquals("", out.toString());
  }
}
