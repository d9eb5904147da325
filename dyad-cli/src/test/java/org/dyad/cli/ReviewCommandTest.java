package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.eval.events.GoldReader;
import org.dyad.eval.events.GoldSentence;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.dyad.model.SentenceTone;
import org.dyad.store.Corpus;
import org.dyad.store.Correction;
import org.dyad.store.EventFilter;
import org.dyad.store.EventKey;
import org.dyad.store.EventRow;
import org.dyad.store.QuoteKey;
import org.dyad.store.QuoteReview;
import org.dyad.store.QuoteRow;
import org.dyad.store.Review;
import org.dyad.store.Verdict;
import org.dyad.store.WrongPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad review}, {@code events --reviewed} and {@code export --reviewed} over a hand-made store: no models needed. */
class ReviewCommandTest {
  private static final String TEXT = "Norway's minister visited Sweden on Tuesday. Denmark accused Iceland of spying. "
      + "Finland sent aid to Estonia.";

  @TempDir
  Path dir;
  private Path store;

  private static Event event(String source, String target, String code, int quad, String sentence) {
    int start = TEXT.indexOf(sentence);
    return new Event(new ActorRef(source, source), new ActorRef(target, target), code, code.substring(0, 2), quad, 1.0, "CONSULT",
        "2024-03-05", "text", "asserted", start, start + sentence.length());
  }

  @BeforeEach
  void fill() {
    store = dir.resolve("store");
    List<Event> events = List.of(event("NOR", "SWE", "042", 1, "Norway's minister visited Sweden on Tuesday."),
        event("DNK", "ISL", "112", 3, "Denmark accused Iceland of spying."),
        event("FIN", "EST", "070", 2, "Finland sent aid to Estonia."));
    AnalyzedArticle a = new AnalyzedArticle("a1", null, null, "Nordic news", LocalDate.of(2024, 3, 6), null, TEXT, null, List.of(),
        List.of(), List.of(), events, List.of());
    try (Corpus c = Corpus.open(store)) {
      c.add(a, "a1.txt");
      List<EventRow> rows = c.queries().events(EventFilter.all(10)).items();
      c.review(new Review(EventKey.of(rows.get(0)), Verdict.RIGHT, null, null, "ana"));
      c.review(new Review(EventKey.of(rows.get(1)), Verdict.CORRECTED, null, new Correction("1121", null, "ISLGOV", null), "ana"));
      c.review(new Review(EventKey.of(rows.get(2)), Verdict.WRONG, WrongPart.NOT_EVENT, null, "ben"));
    }
  }

  private static String run(String... args) {
    return CliRun.ok(args);
  }

  @Test
  void statsGiveTheShareJudgedRightWithItsInterval() {
    String out = run("review", "stats", "--store", store.toString());
    assertTrue(out.contains("all  ") && out.contains("1/3") && out.contains("0.33") && out.contains("0.06-0.79"), out);
    assertTrue(out.contains("by CAMEO root") && out.contains("Denmark accused Iceland"), "an example of what went wrong: " + out);
  }

  @Test
  void theReviewedViewDiffersFromTheCodedOneExactlyByTheJudgements() throws IOException {
    String listed = run("events", "--reviewed", "--store", store.toString());
    assertTrue(listed.contains("1121") && listed.contains("ISLGOV") && listed.contains("corrected") && listed.contains("right"), listed);
    assertTrue(!listed.contains("Finland"), "the event judged not an event is left out: " + listed);
    Path coded = dir.resolve("coded.csv");
    Path reviewed = dir.resolve("reviewed.csv");
    run("export", "--store", store.toString(), "--format", "csv", "-o", coded.toString());
    String err = run("export", "--store", store.toString(), "--format", "csv", "--reviewed", "-o", reviewed.toString());
    assertTrue(err.contains("wrote 2 row(s)") && err.contains("1 event(s) judged wrong"), err);
    List<String> before = Files.readAllLines(coded);
    List<String> after = Files.readAllLines(reviewed);
    assertTrue(after.get(0).endsWith(",reviewed"), after.get(0));
    assertEquals(before.get(1) + ",right", after.get(1), "a right event as coded");
    List<String> changed = new ArrayList<>();
    String[] b = before.get(2).split(",");
    String[] a = after.get(2).split(",");
    String[] header = before.get(0).split(",");
    for (int i = 0; i < b.length; i++) {
      if (!b[i].equals(a[i])) {
        changed.add(header[i] + "=" + a[i]);
      }
    }
    assertEquals(List.of("target_actor=ISLGOV", "code=1121", "goldstein=-2.0", "plover=ACCUSE"), changed,
        "the correction and what the codebook says of its code, nothing else; last column " + a[a.length - 1]);
  }

  @Test
  void theExportedGoldIsReadByTheEvaluationsReader() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    String err = run("review", "export", "--store", store.toString(), "-o", gold.toString());
    assertTrue(err.contains("wrote 3 gold sentence(s)"), err);
    List<GoldSentence> read = GoldReader.read(new StringReader(Files.readString(gold)), "gold.jsonl");
    assertEquals(List.of("[(NOR,SWE,042)] false 2024-03-06", "[(DNK,ISLGOV,1121)] false 2024-03-06", "[] true 2024-03-06"),
        read.stream().map(g -> g.events() + " " + g.noEvents() + " " + g.date()).toList());
    assertEquals("Finland sent aid to Estonia.", read.get(2).text());
  }

  @Test
  void aSentenceIsGoldOnlyWhenEveryEventCodedInItIsJudged() throws IOException {
    String text = "Chile met Peru and Peru thanked Chile. Chile sent aid to Bolivia.";
    int second = text.indexOf("Chile sent");
    Event met = new Event(new ActorRef("Chile", "CHL"), new ActorRef("Peru", "PER"), "040", "04", 1, 1.0, "CONSULT", null, null,
        "asserted", 0, 15);
    Event thanked = new Event(new ActorRef("Peru", "PER"), new ActorRef("Chile", "CHL"), "051", "05", 1, 3.4, "COOPERATE", null, null,
        "asserted", 20, 37);
    Event aid = new Event(new ActorRef("Chile", "CHL"), new ActorRef("Bolivia", "BOL"), "070", "07", 2, 7.0, "AID", null, null,
        "asserted", second, text.length() - 1);
    Path s = dir.resolve("sentences");
    try (Corpus c = Corpus.open(s)) {
      c.add(new AnalyzedArticle("b1", null, null, "Andes", LocalDate.of(2024, 5, 2), null, text, null, List.of(), List.of(), List.of(),
          List.of(met, thanked, aid), List.of(), null, List.of(new SentenceTone(0, second - 1, 0), new SentenceTone(second, text.length(), 0))),
          "b1.txt");
      for (EventRow e : c.queries().events(EventFilter.all(10)).items()) {
        if (!e.code().equals("051")) {
          c.review(new Review(EventKey.of(e), Verdict.RIGHT, null, null, "ana"));
        }
      }
    }
    Path gold = dir.resolve("sentences.jsonl");
    assertTrue(run("review", "export", "--store", s.toString(), "-o", gold.toString()).contains("wrote 1 gold sentence(s)"));
    List<GoldSentence> read = GoldReader.read(new StringReader(Files.readString(gold)), "sentences.jsonl");
    assertEquals("Chile sent aid to Bolivia. [(CHL,BOL,070)]", read.get(0).text() + " " + read.get(0).events(),
        "the whole sentence; the first left out, its 051 not judged");
  }

  @Test
  void orphansAreListedWithWhy() {
    Path other = dir.resolve("other");
    try (Corpus c = Corpus.open(other)) {
      c.add(new AnalyzedArticle("a1", null, null, "Nordic news", LocalDate.of(2024, 3, 6), null, TEXT, null, List.of(), List.of(),
          List.of(), List.of(event("NOR", "SWE", "043", 1, "Norway's minister visited Sweden on Tuesday.")), List.of()), "a1.txt");
    }
    assertTrue(run("review", "import", "--store", other.toString(), "--from", store.toString()).contains("added 3 judgement(s)"));
    String out = run("review", "orphans", "--store", other.toString());
    assertTrue(out.contains("coded differently now: 043 NOR -> SWE") && out.contains("no event at this evidence span now"), out);
    assertTrue(run("review", "stats", "--store", other.toString()).contains("no reviewed events (3 orphaned"));
  }

  @Test
  void statsAlsoGiveTheShareOfQuotesJudgedRight() {
    Path quoted = dir.resolve("quoted");
    String text = "\"We will build the bridge,\" Norway's minister said. \"Never,\" a Swedish official replied.";
    int first = text.indexOf("We will");
    int second = text.indexOf("Never");
    List<Quote> quotes = List.of(
        new Quote(first, first + 24, "We will build the bridge", true, "said", new Speaker("Jonas Berg", first + 27, first + 44, "NORGOV",
            "minister"), "2024-03-05", "text"),
        new Quote(second, second + 5, "Never", true, "replied", new Speaker("Jonas Berg", first + 27, first + 44, "NORGOV", "minister"),
            "2024-03-05", "text"));
    try (Corpus c = Corpus.open(quoted)) {
      c.add(new AnalyzedArticle("q1", null, null, "Bridge", LocalDate.of(2024, 3, 6), null, text, null, List.of(), quotes, List.of(),
          List.of(), List.of()), "q1.txt");
      List<QuoteRow> rows = c.queries().quotes(null, null, 0, 10).items();
      c.review(new QuoteReview(QuoteKey.of(rows.get(0)), Verdict.RIGHT, null, null, null, "ana"));
      c.review(new QuoteReview(QuoteKey.of(rows.get(1)), Verdict.CORRECTED, null, "a Swedish official", "SWEGOV", "ana"));
    }
    String out = run("review", "stats", "--store", quoted.toString());
    assertTrue(out.contains("no reviewed events") && out.contains("all reviewed quotes") && out.contains("1/2")
        && out.contains("0.09-0.91") && out.contains("NORGOV") && out.contains("Never"), out);
    String json = run("review", "stats", "--json", "--store", quoted.toString());
    assertTrue(json.contains("\"quotes\":{\"overall\":{\"group\":\"all\",\"right\":1,\"judged\":2"), json);
  }
}
