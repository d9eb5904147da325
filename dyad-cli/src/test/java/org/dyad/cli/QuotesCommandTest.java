package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad quotes} over a JSON lines file written for the test (no models). */
class QuotesCommandTest {
  private static final String TEXT = "\u201CThe port stays open,\u201D said harbour chief Lena Varga. Bad weather is coming, a forecaster warned.";

  @TempDir
  Path dir;

  private static AnalyzedArticle article() {
    int v = TEXT.indexOf("Lena Varga");
    int b = TEXT.indexOf("Bad weather is coming");
    Speaker varga = new Speaker("Lena Varga", v, v + 10, null, "harbour chief");
    return new AnalyzedArticle("port-1", null, null, "Port stays open", LocalDate.of(2030, 1, 2), null, TEXT, null,
        List.of(new EntityMention(v, v + 10, "Lena Varga", "PERSON", "Lena Varga", "harbour chief", null, null, null)),
        List.of(new Quote(1, 21, TEXT.substring(1, 21), true, "said", varga, null, null).withTone(0.2732),
            new Quote(b, b + 21, TEXT.substring(b, b + 21), false, "warned", null, null, null)),
        List.of(), List.of(), List.of());
  }

  /** Runs the command line as {@link CliIT} does: exit code, standard output, standard error. */
  private static String[] run(String... args) {
    CliIT.Run r = CliIT.run(args);
    return new String[] {Integer.toString(r.exit()), r.out(), r.err()};
  }

  @Test
  void listsTheStatementsOfOneSpeakerWithDateCueTitleAndId() throws IOException {
    Path f = dir.resolve("out.jsonl");
    Files.writeString(f, ArticleJson.line(article()) + "\nnot json\n");
    String[] r = run("quotes", "--speaker", "varga", f.toString());
    assertEquals("0", r[0], r[2]);
    assertEquals("2030-01-02\tLena Varga (harbour chief)\tsaid\t\u201CThe port stays open,\u201D\t+0.27\tPort stays open\tport-1\n",
        r[1].replace("\r\n", "\n"));
    assertTrue(r[2].contains("out.jsonl:2: not an article line"), r[2]);
  }

  @Test
  void withoutCriteriaEveryStatementAndUnknownSpeakersShow() throws IOException {
    Path f = dir.resolve("out.jsonl");
    Files.writeString(f, ArticleJson.line(article()) + "\n");
    String[] r = run("quotes", f.toString());
    assertEquals(2, r[1].lines().count(), r[1]);
    assertTrue(r[1].contains("(unknown)\twarned\tBad weather is coming\t-\t"), r[1] + " (a statement not scored for tone shows -)");
  }

  @Test
  void aMissingFileProcessesNothing() {
    String[] r = run("quotes", dir.resolve("none.jsonl").toString());
    assertEquals(Integer.toString(Main.NOTHING_PROCESSED), r[0]);
  }
}
