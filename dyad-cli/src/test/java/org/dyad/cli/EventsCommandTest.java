package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Dateline;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.store.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad events} over hand-made analyze output and a store made from it: no models needed. */
class EventsCommandTest {
  private static final String TEXT = "OSLO, March 6 -- Norway's foreign minister visited Sweden on Tuesday.";

  @TempDir
  Path dir;

  private static AnalyzedArticle article(String id, String source) {
    Event e = new Event(new ActorRef(source, source), new ActorRef("Sweden", "SWE"), "042", "04", 1, 1.9, "CONSULT",
        "2024-03-05", "text", "asserted", 17, TEXT.length());
    EntityMention oslo = new EntityMention(0, 4, "OSLO", "LOCATION", "Oslo", null, null, "NOR", null,
        new Place("Oslo", 3143244L, 59.91273, 10.74609, "NOR", "city"));
    return new AnalyzedArticle(id, null, null, "Visit " + id, LocalDate.of(2024, 3, 6), new Dateline("OSLO", "OSLO, March 6 --"),
        TEXT + " " + id, null, List.of(oslo), List.of(), List.of(), List.of(e), List.of());
  }

  private static String run(String... args) {
    return CliRun.ok(args);
  }

  @Test
  void reportsOfOneEventInTwoArticlesBecomeOneLineWithTwoMentions() throws IOException {
    Path f = dir.resolve("out.jsonl");
    Files.writeString(f, ArticleJson.line(article("a1", "NOR")) + "\n" + ArticleJson.line(article("a2", "NORGOV")) + "\nnot json\n");
    String[] lines = run("events", f.toString()).split("\nERR ");
    assertEquals(1, lines[0].strip().split("\n").length, lines[0]);
    JsonNode e = ArticleJson.mapper().readTree(lines[0]);
    assertEquals("NORGOV 2 [\"a1\",\"a2\"]", e.get("source").get("actor").asText() + " " + e.get("mentions").asInt() + " " + e.get("articles"),
        "the most specific report stands for the event");
    assertEquals("Make a visit 1.9 Oslo dateline", e.get("codeName").asText() + " " + e.get("goldstein").asDouble()
        + " " + e.get("place").get("name").asText() + " " + e.get("placeSource").asText());
    assertTrue(e.get("evidence").asText().startsWith("Norway's foreign minister"), e.toString());
    assertTrue(lines[1].contains(":3: skipped"), lines[1]);
  }

  @Test
  void theFileAndTheStoreWriteOneEventSchema() throws IOException {
    Path f = dir.resolve("out.jsonl");
    Files.writeString(f, ArticleJson.line(article("a1", "NOR")) + "\n");
    Path store = dir.resolve("store");
    try (Corpus c = Corpus.open(store)) {
      c.add(article("a1", "NOR"), "a1.txt");
    }
    JsonNode fromFile = ArticleJson.mapper().readTree(run("events", f.toString()).split("\nERR ")[0]);
    JsonNode merged = ArticleJson.mapper().readTree(run("events", "--store", store.toString(), "--merged", "--json").split("\nERR ")[0]);
    JsonNode plain = ArticleJson.mapper().readTree(run("events", "--store", store.toString(), "--json").split("\nERR ")[0]);
    assertEquals(fields(fromFile), fields(merged));
    assertEquals(fields(fromFile), fields(plain));
    for (String field : List.of("goldstein", "evidence", "place", "codeName", "quadClass", "mentions")) {
      assertEquals(fromFile.get(field).toString(), merged.get(field).toString(), field);
    }
    assertTrue(fields(fromFile).containsAll(Set.of("source", "target", "code", "root", "quadClass", "goldstein", "plover", "date",
        "dateSource", "modality", "start", "end", "place", "tone", "lexicon")), "an article's event fields, with the same names");
  }

  @Test
  void aBadDateIsRefusedInDyadsWords() {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    assertEquals(2, cl.execute("events", "--store", dir.toString(), "--from", "2021-02-30"));
    assertTrue(err.toString().contains("'2021-02-30' is no such day"), err.toString());
    assertEquals(2, cl.execute("timeline", "AFG:RUS", "--to", "last week"));
    assertTrue(err.toString().contains("want a calendar day as YYYY-MM-DD, such as 2021-08-25; 'last week' is not written that way"),
        err.toString());
    assertTrue(!err.toString().contains("Exception") && !err.toString().contains("java.time"), err.toString());
  }

  private static Set<String> fields(JsonNode n) {
    Set<String> out = new TreeSet<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void aCutListSaysHowManyThereAre() {
    Path store = dir.resolve("store");
    try (Corpus c = Corpus.open(store)) {
      c.add(article("a1", "NOR"), "a1.txt");
      c.add(article("a2", "NORGOV"), "a2.txt");
    }
    String out = run("events", "--store", store.toString(), "--limit", "1");
    assertTrue(out.contains("dyad: 1 of 2 events shown; --limit 2 shows them all"), out);
    assertTrue(out.contains("Oslo (dateline)"), out);
    String material = run("events", "--store", store.toString(), "--material");
    assertTrue(material.startsWith("date") && !material.contains("Sweden"), "a visit is no material act: a header only: " + material);
  }
}
