package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.dyad.store.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad quotes} over a JSON lines file and a store written for the test (no models). */
class QuotesCommandTest {
  private static final String TEXT = "\u201CThe port stays open,\u201D said harbour chief Lena Varga. Bad weather is coming, a forecaster "
      + "warned. The storm will be \u201Cthe worst in years\u201D, the coast guard said.";

  @TempDir
  Path dir;

  private static AnalyzedArticle article() {
    int v = TEXT.indexOf("Lena Varga");
    int b = TEXT.indexOf("Bad weather is coming");
    int s = TEXT.indexOf("The storm");
    int e = TEXT.indexOf(", the coast");
    Speaker varga = new Speaker("Lena Varga", v, v + 10, "NORGOV", "harbour chief");
    return new AnalyzedArticle("port-1", null, null, "Port stays open", LocalDate.of(2030, 1, 2), null, TEXT, null,
        List.of(new EntityMention(v, v + 10, "Lena Varga", "PERSON", "Lena Varga", "harbour chief", null, "NOR", "NORGOV")),
        List.of(new Quote(1, 21, TEXT.substring(1, 21), true, "said", varga, null, null).withTone(0.2732),
            new Quote(b, b + 21, TEXT.substring(b, b + 21), false, "warned", null, null, null),
            new Quote(s, e, TEXT.substring(s, e), false, "said", null, null, null)),
        List.of(), List.of(), List.of());
  }

  private Path output() throws IOException {
    Path f = dir.resolve("out.jsonl");
    Files.writeString(f, ArticleJson.line(article()) + "\nnot json\n");
    return f;
  }

  /** The JSON lines of standard output, parsed. */
  private static List<JsonNode> json(CliIT.Run r) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().strip().split("\\R")) {
      out.add(ArticleJson.mapper().readTree(line));
    }
    return out;
  }

  @Test
  void aTableListsTheStatementsOfOneSpeakerWithDateKindCueToneTitleAndId() throws IOException {
    CliIT.Run r = CliIT.run("quotes", "--speaker", "varga", output().toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).matches("date +speaker +kind +cue +text +tone +title +article"), lines.get(0));
    assertTrue(lines.get(1).matches("2030-01-02 +Lena Varga \\(harbour chief\\) \\[NORGOV\\] +direct +said +\u201CThe port stays open,\u201D "
        + "+\\+0\\.27 +Port stays open +port-1"), lines.get(1));
    assertTrue(r.err().contains("out.jsonl:2: not an article line"), r.err());
    assertTrue(r.err().contains("1 statement(s) from 1 article(s)"), r.err());
  }

  @Test
  void jsonGivesOneObjectAStatementWithSpeakerKindOffsetsAndTone() throws IOException {
    CliIT.Run r = CliIT.run("quotes", "--json", output().toString());
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> rows = json(r);
    assertEquals(3, rows.size(), r.out());
    JsonNode direct = rows.get(0);
    assertEquals("{\"name\":\"Lena Varga\",\"role\":\"harbour chief\",\"country\":\"NOR\",\"actor\":\"NORGOV\"}",
        direct.get("speaker").toString());
    assertEquals("direct 1-21 The port stays open, 2030-01-02 port-1 0.2732", direct.get("kind").asText() + " "
        + direct.get("start") + "-" + direct.get("end") + " " + direct.get("text").asText() + " " + direct.get("date").asText()
        + " " + direct.get("articleId").asText() + " " + direct.get("tone"));
    assertEquals("indirect null null Bad weather is coming", rows.get(1).get("kind").asText() + " " + rows.get(1).get("speaker")
        + " " + rows.get(1).get("tone") + " " + rows.get(1).get("text").asText(), "unknown speaker and no tone are null");
    assertEquals("partial", rows.get(2).get("kind").asText(), "a statement with quoted words: " + rows.get(2));
  }

  @Test
  void theStoreAnswersWithTheSameColumnsAndItsArticleKey() throws IOException {
    Path store = dir.resolve("store");
    try (Corpus c = Corpus.open(store)) {
      c.add(article(), "port-1.txt");
    }
    CliIT.Run r = CliIT.run("quotes", "--store", store.toString(), "--json", "--speaker", "NORGOV");
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> rows = json(r);
    assertEquals(1, rows.size(), "only the statement of the speaker with that actor code: " + r.out());
    JsonNode q = rows.get(0);
    assertEquals("direct 2030-01-02 Port stays open NOR", q.get("kind").asText() + " " + q.get("date").asText() + " "
        + q.get("title").asText() + " " + q.get("speaker").get("country").asText(), q.toString());
    assertTrue(q.get("articleId").asText().matches("[0-9a-f]{64}"), "the store's key: " + q);
    CliIT.Run table = CliIT.run("quotes", "--store", store.toString());
    assertEquals(4, table.out().lines().count(), "a header and three statements: " + table.out());
    assertTrue(table.err().contains("3 statement(s) from the store"), table.err());
  }

  @Test
  void aMissingFileProcessesNothing() {
    CliIT.Run r = CliIT.run("quotes", dir.resolve("none.jsonl").toString());
    assertEquals(Main.NOTHING_PROCESSED, r.exit());
  }
}
