package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.core.json.ArticleJson;
import org.dyad.core.testing.ArticleSchema;
import org.dyad.core.testing.ResourceTrees;
import org.dyad.core.testing.WarcFixtures;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI end to end with the real CoreNLP models: demo on the sample corpus, analyze on mixed and bad input. */
class CliIT {
  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static List<AnalyzedArticle> readValid(Path jsonl) throws IOException {
    List<AnalyzedArticle> out = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      assertEquals(List.of(), ArticleSchema.errors(line), line.substring(0, Math.min(200, line.length())));
      out.add(ArticleJson.parse(line));
    }
    return out;
  }

  @Test
  void demoFindsSpeakersDatesAndEventsOnTheSampleCorpus() throws IOException {
    Path jsonl = dir.resolve("demo.jsonl");
    Run r = run("demo", "-o", jsonl.toString(), "--store", dir.resolve("store").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Quotes with speakers:"), r.out());
    assertTrue(r.out().contains("Dmitry Peskov"), r.out());
    assertTrue(r.out().contains("this run added 14 article(s) and 1 copy(ies)"), r.out());
    Map<String, AnalyzedArticle> byId = readValid(jsonl).stream().collect(Collectors.toMap(AnalyzedArticle::id, Function.identity()));
    assertEquals(SampleCorpus.names().size() + 1, byId.size(), "the .jsonl sample holds two articles");

    AnalyzedArticle peskov = byId.get("01-tass-peskov-embassy-kabul.txt");
    Quote q = peskov.quotes().stream().filter(x -> x.direct() && x.speaker() != null).findFirst().orElseThrow();
    assertEquals("Dmitry Peskov", q.speaker().name());
    assertEquals("RUSGOV", q.speaker().actor());
    assertEquals("2021-08-25", value(peskov, "Wednesday"));
    assertEquals("2021-08-23", value(peskov, "Monday"));
    assertTrue(peskov.events().stream().anyMatch(e -> e.date() != null && e.source().actor() != null));

    assertEquals("03-reuters-kabul-airport-isis-threat.txt", byId.get("10-syndicated-kabul-airport-isis-threat.txt").duplicateOf());
    List<String> paragraphs = List.of(byId.get("06-tass-kabulov-embassy-doubled.txt").text().split("\n\n"));
    assertEquals(paragraphs.size(), new HashSet<>(paragraphs).size(), "the doubled body keeps each paragraph once");
    assertEquals(List.of(), incompleteTitledPeople(byId.values()), "every titled person and speaker: name, title, country");
    for (AnalyzedArticle a : byId.values()) {
      assertFalse(a.text().contains("Skip to main content"), a.id());
      assertFalse(a.text().contains("Share this post"), a.id());
      assertTrue(a.published() != null, a.id());
    }
  }

  /**
   * Every person mention with a title, and every quote speaker who is a person named with a title in
   * the article, as "article: text" when its name, title or country is missing.
   */
  private static List<String> incompleteTitledPeople(java.util.Collection<AnalyzedArticle> articles) {
    List<String> missing = new java.util.ArrayList<>();
    for (AnalyzedArticle a : articles) {
      Map<String, EntityMention> titled = new java.util.HashMap<>();
      for (EntityMention e : a.entities()) {
        if (e.type().equals("PERSON") && e.title() != null) {
          titled.putIfAbsent(e.name(), e);
          if (e.name().isBlank() || e.country() == null) {
            missing.add(a.id() + ": " + e.text());
          }
        }
      }
      for (Quote q : a.quotes()) {
        EntityMention person = q.speaker() == null ? null : titled.get(q.speaker().name());
        boolean surnameLeftAlone = q.speaker() != null && !q.speaker().name().contains(" ")
            && titled.keySet().stream().anyMatch(n -> List.of(n.split(" ")).contains(q.speaker().name()));
        if (surnameLeftAlone || person != null && (q.speaker().title() == null || person.country() == null)) {
          missing.add(a.id() + ": speaker " + q.speaker().name());
        }
      }
    }
    return missing;
  }

  private static String value(AnalyzedArticle a, String text) {
    return a.dates().stream().filter(d -> d.text().endsWith(text)).map(DateMention::value).findFirst().orElse("(not found)");
  }

  @Test
  void analyzeGivesOneValidLinePerArticleAndRecordsBadInput() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "Russia and China sign trade deal\n\nMOSCOW, August 25. /TASS/. Russia and China signed "
        + "a trade agreement on Wednesday, the Kremlin said.\n\n\"This is a good day,\" Kremlin spokesman Dmitry Peskov told reporters.");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3});
    Files.write(in.resolve("latin1.txt"), "Caf\u00e9 talks in Moscow ended on Tuesday without an agreement, officials said.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("lines.jsonl"), "{\"id\":\"j1\",\"published\":\"2021-09-02\",\"text\":\"Pakistan delivered aid to Afghanistan on Thursday, officials said.\"}\n{broken\n");
    Files.writeString(in.resolve("huge.html"), hugePage(20 * 1024 * 1024));
    Path out = dir.resolve("out.jsonl");
    Run r = run("analyze", "--date", "2021-09-10", "-o", out.toString(), in.toString());
    assertEquals(0, r.exit(), r.err());
    List<AnalyzedArticle> articles = readValid(out);
    Set<String> ids = articles.stream().map(AnalyzedArticle::id).collect(Collectors.toSet());
    assertEquals(Set.of("good.txt", "empty.txt", "binary.txt", "latin1.txt", "j1", "lines.jsonl#2", "huge.html"), ids);
    assertTrue(r.err().contains("binary.txt"), r.err());
    AnalyzedArticle huge = articles.stream().filter(a -> a.id().equals("huge.html")).findFirst().orElseThrow();
    assertTrue(huge.issues().stream().anyMatch(i -> i.code().equals("too-long")), huge.issues().toString());
  }

  @Test
  void aWarcFeedsAndAFolderOfMixedPagesAnalyseEndToEnd() throws IOException {
    Path in = ResourceTrees.copy("/mixed", dir.resolve("in"));
    ResourceTrees.copy("/feeds", in.resolve("feeds"));
    Files.delete(in.resolve("feeds/not-xml.rss"));
    WarcFixtures.write(in.resolve("crawl.warc.gz"), true);
    Path out = dir.resolve("out.jsonl");
    Run r = run("analyze", "-o", out.toString(), in.toString());
    assertEquals(0, r.exit(), r.err());
    Map<String, AnalyzedArticle> byId = readValid(out).stream().collect(Collectors.toMap(AnalyzedArticle::id, Function.identity()));
    assertEquals(Set.of("a-market.html", "b-notes.txt", "lines-1", "lines-2", "crawl.warc.gz#3", "crawl.warc.gz#5", "d-feed.xml#1",
        "feeds/atom.xml#1", "feeds/atom.xml#2", "feeds/pages/lighthouse.html", "feeds/rss.xml#1", "feeds/rss.xml#2", "feeds/rss.xml#3",
        "sub/e-ferry.htm"), byId.keySet());
    AnalyzedArticle harbour = byId.get("crawl.warc.gz#3");
    assertEquals(WarcFixtures.HARBOUR_URL, harbour.url());
    assertEquals("2024-03-05", harbour.published().toString());
    assertFalse(harbour.entities().isEmpty(), "the WARC page was annotated");
    assertTrue(harbour.dates().stream().anyMatch(d -> "2024-03-05".equals(d.value())), "on Tuesday is the dateline day: " + harbour.dates());
    assertEquals("feeds/pages/lighthouse.html", byId.get("feeds/rss.xml#3").duplicateOf());
    assertTrue(r.err().contains("crawl.warc.gz: skipped"), r.err());
  }

  @Test
  void badInputIsRecordedWithAReasonAndTheBatchGoesOn() throws IOException {
    Path in = Files.createDirectory(dir.resolve("bad"));
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      lines.append("{\"id\":\"z").append(i).append("\",\"text\":\"Note ").append(i)
          .append(" survives the cut: the harbour master said on Monday that the ferry would leave on time after a week of delays.\"}\n");
    }
    byte[] gz = WarcFixtures.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));
    byte[] warc = Files.readAllBytes(WarcFixtures.write(dir.resolve("w.warc.gz"), true));
    Files.write(in.resolve("broken.warc.gz"), Arrays.copyOf(warc, warc.length * 3 / 4));
    ResourceTrees.copy("/feeds", dir.resolve("feeds"));
    Files.copy(dir.resolve("feeds/not-xml.rss"), in.resolve("not-xml.rss"));
    Files.writeString(in.resolve("huge.html"), hugePage(50 * 1024 * 1024));
    Files.writeString(in.resolve("ok.txt"), "The ferry left on time on Monday, the operator said, after a week of delays.");
    Path out = dir.resolve("bad.jsonl");
    Run r = run("analyze", "--stages", "clean", "--quiet", "-o", out.toString(), in.toString());
    assertEquals(0, r.exit(), r.err());
    List<AnalyzedArticle> articles = readValid(out);
    Set<String> codes = articles.stream().flatMap(a -> a.issues().stream()).map(i -> i.code()).collect(Collectors.toSet());
    assertTrue(codes.containsAll(Set.of("truncated-gzip", "bad-feed", "truncated")), codes.toString());
    assertTrue(codes.contains("broken-record") || codes.contains("truncated-gzip"), codes.toString());
    assertTrue(articles.stream().anyMatch(a -> a.id().equals("z1") && a.text().contains("survives the cut")));
    assertTrue(articles.stream().anyMatch(a -> a.id().equals("broken.warc.gz#3") && !a.text().isEmpty()), "records before the damage survive");
    assertTrue(articles.stream().anyMatch(a -> a.id().equals("ok.txt") && !a.text().isEmpty()));
    assertTrue(r.err().contains("not-xml.rss: read/bad-feed"), r.err());
  }

  @Test
  void nothingProcessableIsANonZeroExitWithAMessage() {
    Run r = run("analyze", "--stages", "clean", dir.resolve("nope.txt").toString());
    assertEquals(Main.NOTHING_PROCESSED, r.exit());
    assertTrue(r.err().contains("nothing could be processed"), r.err());
  }

  private static String hugePage(int bytes) {
    StringBuilder sb = new StringBuilder("<html><head><title>Long page</title></head><body><article>");
    for (int i = 0; sb.length() < bytes; i++) {
      sb.append("<p>Paragraph ").append(i).append(": officials in Kabul said on Monday that talks number ").append(i)
          .append(" with the delegation had gone well and would continue.</p>\n");
    }
    return sb.append("</article></body></html>").toString();
  }
}
