package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad events} over hand-made analyze output: no models needed. */
class EventsCommandTest {
  @TempDir
  Path dir;

  private static String article(String id, String source) {
    String text = "Norway's foreign minister visited Sweden on Tuesday.";
    Event e = new Event(new ActorRef(source, source), new ActorRef("Sweden", "SWE"), "042", "04", 1, 1.9, "CONSULT",
        "2024-03-05", "text", "asserted", 0, text.length());
    return ArticleJson.line(new AnalyzedArticle(id, null, null, null, LocalDate.of(2024, 3, 6), null, text, null,
        List.of(), List.of(), List.of(), List.of(e), List.of()));
  }

  @Test
  void reportsOfOneEventInTwoArticlesBecomeOneLineWithTwoMentions() throws IOException {
    Path f = dir.resolve("out.jsonl");
    Files.writeString(f, article("a1", "NOR") + "\n" + article("a2", "NORGOV") + "\nnot json\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertEquals(0, cl.execute("events", f.toString()));
    String[] lines = out.toString().strip().split("\n");
    assertEquals(1, lines.length, out.toString());
    assertTrue(lines[0].contains("\"source\":\"NORGOV\""), lines[0]);
    assertTrue(lines[0].contains("\"mentions\":2,\"articles\":[\"a1\",\"a2\"]"), lines[0]);
    assertTrue(err.toString().contains(":3: skipped"), err.toString());
  }
}
