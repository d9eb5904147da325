package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dyad.cli.watch.AlertRule;
import org.dyad.cli.watch.Alerts;
import org.dyad.cli.watch.AllowedPageFetcher;
import org.dyad.cli.watch.CycleLog;
import org.dyad.cli.watch.FeedSource;
import org.dyad.cli.watch.FolderSource;
import org.dyad.cli.watch.HostAllowList;
import org.dyad.cli.watch.HttpFetcher;
import org.dyad.cli.watch.LocalSite;
import org.dyad.cli.watch.LocalSite.Answer;
import org.dyad.cli.watch.Source;
import org.dyad.cli.watch.UpdateFeed;
import org.dyad.cli.watch.WatchState;
import org.dyad.core.json.ArticleJson;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.read.InputReader;
import org.dyad.core.read.RomeFeedReader;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.store.Corpus;
import org.dyad.store.EventRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad watch} end to end against feeds on a local server that change between three cycles: new items,
 * a story repeated under another address (a copy) and under the same one (already stored), a feed that answers
 * 500 and recovers, a redirect loop, a page too large to fetch, a link to a host not allowed, a crawler's
 * folder; then the same three cycles with the third killed after storing, and a restart.
 */
class WatchIT {
  private static final LocalDate DATE = LocalDate.of(2026, 12, 1);
  private static final String FERRY = "<html><head><title>Fishing accord</title></head><body><article><h1>Chile and Peru sign a fishing accord</h1>"
      + "<p>LIMA, Dec. 1 -- Chile signed a fishing accord with Peru on Tuesday, ending a long quarrel over coastal waters.</p>"
      + "<p>The foreign ministers of both countries praised the agreement at a ceremony in the capital.</p></article></body></html>";
  private static final String TALKS = "<html><body><article><h1>Talks in Oslo</h1><p>OSLO, Dec. 2 -- Norway hosted talks between "
      + "Colombia and rebel leaders on Wednesday. The rebels demanded the release of prisoners before any ceasefire.</p></article></body></html>";
  private static final String TALKS_EDITED = "<html><body><article><h1>Talks in Oslo</h1><p>OSLO, Dec. 2 -- Norway hosted talks between "
      + "Colombia and rebel leaders on Wednesday. The rebels demanded the release of prisoners before any ceasefire. "
      + "Colombia rejected the demand on Thursday.</p></article></body></html>";
  private static final String[] ALERTS = {"dyad=EGY:ISR,quad=3,above=2x", "dyad=CHL:PER,quad=1,above=2x"};
  private static final String CRAWLED = "Police in Nairobi arrested twelve protesters outside parliament on Thursday, officials said.\n\n"
      + "The protesters had marched against a new fuel tax.";
  private static NlpAnnotator annotator;

  @TempDir
  Path dir;

  private LocalSite site;

  @BeforeAll
  static void loadModels() {
    annotator = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT);
  }

  @AfterEach
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  /** A clock a test moves on by the watch period. */
  private static final class StepClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T18:00:00Z");

    void step() {
      now = now.plus(Duration.ofMinutes(15));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static String rss(String... items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>http://127.0.0.1/</link><description>d</description>"
        + String.join("", items) + "</channel></rss>";
  }

  private static String item(String guid, String link, String description) {
    return "<item><guid isPermaLink=\"false\">" + guid + "</guid><link>" + link + "</link><title>Story " + guid + "</title>"
        + "<pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate><description>" + description + "</description></item>";
  }

  /** The site as each cycle finds it. */
  private void siteFor(int cycle, Path crawl) throws Exception {
    String kenya = "Kenya sent medical teams to Uganda after floods cut the roads near the border.";
    String egypt = "Egypt accused Israel on Friday of blocking aid trucks at the crossing.";
    if (cycle == 1) {
      site.set("/news/ferry.html", Answer.page(FERRY, "text/html; charset=utf-8"));
      site.set("/news/ferry-copy.html", Answer.page(FERRY, "text/html; charset=utf-8"));
      site.set("/news/talks.html", Answer.page(TALKS, "text/html"));
      site.set("/robots.txt", Answer.page("User-agent: *\nDisallow: /private/\n", "text/plain"));
      site.set("/private/aid.html", Answer.page(TALKS, "text/html"));
      site.set("/news/huge.html", Answer.page("<html><body><p>" + "filler words ".repeat(20_000) + "</p></body></html>", "text/html"));
      site.set("/world.xml", Answer.tagged(rss(item("w1", site.url("/news/ferry.html"), "short"),
          item("w2", site.url("/news/huge.html"), kenya)), "application/rss+xml", "\"world-1\""));
      site.set("/flaky.xml", Answer.status(500));
      site.set("/loop.xml", Answer.redirect("/loop.xml"));
    } else if (cycle == 2) {
      site.set("/world.xml", Answer.tagged(rss(item("w3", site.url("/news/ferry-copy.html"), "short"),
          item("w1", site.url("/news/ferry.html"), "short"), item("w2", site.url("/news/huge.html"), kenya),
          item("w4", site.url("/private/aid.html"), "Tanzania thanked Uganda on Wednesday for reopening the border crossing.")),
          "application/rss+xml", "\"world-2\""));
      site.set("/flaky.xml", Answer.page(rss(item("f1", site.url("/news/talks.html"), "short")), "application/rss+xml"));
      Files.writeString(crawl.resolve("nairobi.txt"), CRAWLED);
    } else {
      String away = site.url("/news/secret.html").replace("127.0.0.1", "localhost");
      site.set("/news/talks.html", Answer.page(TALKS_EDITED, "text/html"));
      site.set("/flaky.xml", Answer.page(rss(item("f1", site.url("/news/talks.html"), "short, edited"),
          item("f2", site.url("/news/ferry.html"), "short"), item("f3", away, egypt)), "application/rss+xml"));
    }
  }

  private final StringWriter out = new StringWriter();

  private Watch watch(Path store, Corpus corpus, Path crawl, StepClock clock, StringWriter err) {
    HttpFetcher http = new HttpFetcher(new HostAllowList(Set.of("127.0.0.1")), Duration.ofSeconds(5), 64 * 1024);
    RomeFeedReader items = new RomeFeedReader(64 * 1024, new AllowedPageFetcher(http));
    List<Source> sources = List.of(new FeedSource(URI.create(site.url("/world.xml")), http, items),
        new FeedSource(URI.create(site.url("/flaky.xml")), http, items), new FeedSource(URI.create(site.url("/loop.xml")), http, items),
        new FolderSource(crawl, new InputReader(InputRun.MAX_INPUT_BYTES)));
    Alerts alerts = new Alerts(Arrays.stream(ALERTS).map(AlertRule::parse).toList());
    return new Watch(Pipelines.standard(PipelineConfig.DEFAULT, DATE, () -> annotator), corpus, store, sources, 1, clock, alerts,
        new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static String counts(Watch.Report r) {
    return r.cycle() + ": " + r.items() + " items, " + r.stored() + " stored, " + r.updated() + " updated, " + r.duplicates() + " dup, "
        + r.failures() + " failed, " + r.alerts() + " alerts";
  }

  @Test
  void threeCyclesStoreAndPublishExactlyTheNewReports() throws Exception {
    site = new LocalSite();
    Path store = dir.resolve("store");
    Path crawl = Files.createDirectories(dir.resolve("crawl"));
    StepClock clock = new StepClock();
    StringWriter err = new StringWriter();
    List<String> reports = new ArrayList<>();
    List<String> logs = new ArrayList<>();
    try (Corpus corpus = Corpus.open(store)) {
      Watch watch = watch(store, corpus, crawl, clock, err);
      for (int cycle = 1; cycle <= 3; cycle++) {
        siteFor(cycle, crawl);
        site.clearLog();
        reports.add(counts(watch.cycle()));
        logs.add(site.log().toString().replace("\"", ""));
        clock.step();
      }
    }
    assertEquals("[1: 2 items, 2 stored, 0 updated, 0 dup, 2 failed, 0 alerts, 2: 4 items, 3 stored, 0 updated, 1 dup, 1 failed, 0 alerts, "
        + "3: 3 items, 1 stored, 1 updated, 1 dup, 0 failed, 1 alerts]", reports.toString(), err.toString());
    assertEquals("[GET /world.xml, GET /robots.txt, GET /news/ferry.html, GET /news/huge.html, GET /flaky.xml, GET /loop.xml, GET /loop.xml, "
        + "GET /loop.xml, GET /loop.xml]", logs.get(0), "robots.txt once, the huge page cut off, the loop given up after three redirects");
    assertEquals("[GET /world.xml world-1, GET /news/ferry-copy.html, GET /flaky.xml, GET /news/talks.html, GET /loop.xml, GET /loop.xml, "
        + "GET /loop.xml, GET /loop.xml]", logs.get(1), "only new items' pages are fetched, and not one robots.txt disallows");
    assertEquals("[GET /world.xml world-2, GET /flaky.xml, GET /news/talks.html, GET /news/ferry.html]", logs.get(2),
        "an unchanged feed costs a 304, the loop waits (back-off), the edited item's page is fetched again, the page on a host not allowed never");
    assertTrue(err.toString().contains("/loop.xml: more than 3 redirects from " + site.url("/loop.xml") + " (failure 2 in a row; next try in cycle 4)"),
        err.toString());
    assertEquals("dyad: watch: alert dyad=EGY:ISR,quad=3,above=2x: EGY:ISR count 1.00 against 0.00 over 2 cycle(s) (1 event(s))\n", out.toString(),
        "Egypt's accusation is the dyad's first verbal conflict; the fishing accord, told again in cycle 2, is not twice its mean");
    assertEquals(3, Files.readAllLines(store.resolve(CycleLog.FILE)).size(), "one line a cycle in the cycle log");
    assertEquals(expectedStore(), dump(store));
    assertUpdates(store, List.of("20261207180000", "20261207181500", "20261207183000"));
  }

  @Test
  void aCycleKilledAfterStoringIsRedoneOnRestartToTheSameEndState() throws Exception {
    site = new LocalSite();
    Path store = dir.resolve("store");
    Path crawl = Files.createDirectories(dir.resolve("crawl"));
    StepClock clock = new StepClock();
    StringWriter err = new StringWriter();
    try (Corpus corpus = Corpus.open(store)) {
      Watch watch = watch(store, corpus, crawl, clock, err);
      for (int cycle = 1; cycle <= 2; cycle++) {
        siteFor(cycle, crawl);
        watch.cycle();
        clock.step();
      }
      siteFor(3, crawl);
      // The third cycle dies after storing its articles and writing its update files, before naming them in
      // lastupdate.txt and remembering what it saw: the state a kill -9 at that moment leaves.
      Path blocker = Files.createDirectories(store.resolve(UpdateFeed.FOLDER).resolve(UpdateFeed.LAST + ".tmp"));
      assertThrows(UncheckedIOException.class, watch::cycle);
      Files.delete(blocker);
    }
    WatchState killed = WatchState.load(store);
    assertEquals("cycle 2 done, 3 started", "cycle " + killed.cycle() + " done, " + (killed.started() == null ? "none" : "3") + " started");
    site.clearLog();
    try (Corpus corpus = Corpus.open(store)) {
      Watch restarted = watch(store, corpus, crawl, clock, err);
      assertEquals("3: 3 items, 0 stored, 0 updated, 3 dup, 0 failed, 1 alerts", counts(restarted.cycle()), err.toString());
    }
    assertEquals("[GET /world.xml world-2, GET /flaky.xml, GET /robots.txt, GET /news/talks.html, GET /news/ferry.html]",
        site.log().toString().replace("\"", ""), "the redo fetches what the killed attempt fetched (robots.txt: a new watch), nothing more");
    assertEquals(Files.readString(store.resolve("updates/20261207183000.removed.txt")), Files.readString(store.resolve("updates/20261207183001.removed.txt")),
        "the redo publishes again the events the killed attempt withdrew");
    assertEquals(expectedStore(), dump(store));
    assertUpdates(store, List.of("20261207180000", "20261207181500", "20261207183001"));
    assertEquals(Files.readString(store.resolve("updates/20261207183000.jsonl")), Files.readString(store.resolve("updates/20261207183001.jsonl")),
        "a reader that took the killed attempt's files saw the same events");
  }

  /**
   * What the store holds after the three cycles: six articles (by address or crawled file; the talks once, in their
   * edited version), one copy.
   */
  private String expectedStore() {
    return "articles " + new TreeSet<>(List.of(site.url("/news/ferry.html"), site.url("/news/huge.html"), site.url("/news/talks.html"),
        site.url("/private/aid.html"), "nairobi.txt", site.url("/news/secret.html").replace("127.0.0.1", "localhost"))) + "; mentions [" + site.url("/news/ferry-copy.html") + "]; failures []";
  }

  /** The stored articles by address (or id), the copies by address, the failures by origin. */
  private static String dump(Path store) throws SQLException {
    return "articles " + strings(store, "SELECT coalesce(url, id) FROM articles ORDER BY 1") + "; mentions "
        + strings(store, "SELECT url FROM mentions ORDER BY 1") + "; failures " + strings(store, "SELECT origin FROM failures ORDER BY 1");
  }

  private static List<String> strings(Path store, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + store.resolve(Corpus.DATABASE));
        Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** Article names of the texts above, by a word each holds. */
  private static final Map<String, String> NAMES = Map.of("Peru", "ferry", "Kenya", "kenya", "Norway", "talks", "Nairobi", "nairobi",
      "Egypt", "egypt", "Tanzania", "aid");

  /**
   * Each cycle's update holds exactly the events the store has for the cycle's articles (every modality in the
   * JSON lines, the factual dated ones in the GDELT file), each counted with the reports stored by then (the
   * fishing accord twice from cycle 2, when its copy came); the talks' first version, published in cycle 2, is
   * withdrawn by cycle 3 (its removed.txt names exactly those events) when their edited version comes; only cycle 3
   * fires an alert, naming Egypt's events; and lastupdate.txt names the last cycle's four files.
   */
  private void assertUpdates(Path store, List<String> stamps) throws Exception {
    List<Set<String>> expected = List.of(Set.of("ferry", "kenya"), Set.of("ferry", "aid", "nairobi"), Set.of("egypt", "talks"));
    Path updates = store.resolve(UpdateFeed.FOLDER);
    Map<String, String> keyByName = new TreeMap<>();
    for (String row : strings(store, "SELECT key || '|' || text FROM articles")) {
      NAMES.forEach((word, name) -> {
        if (row.contains(word)) {
          keyByName.put(name, row.substring(0, row.indexOf('|')));
        }
      });
    }
    assertEquals(NAMES.size(), keyByName.size(), keyByName.toString());
    Set<Long> removed = new TreeSet<>();
    Files.readAllLines(updates.resolve(stamps.get(2) + ".removed.txt")).forEach(l -> removed.add(Long.parseLong(l)));
    assertFalse(removed.isEmpty(), "the talks' first version told events");
    try (Corpus corpus = Corpus.openReadOnly(store)) {
      for (int cycle = 0; cycle < 3; cycle++) {
        int c = cycle;
        List<String> keys = expected.get(c).stream().map(keyByName::get).sorted().toList();
        for (String name : expected.get(c)) {
          assertFalse(corpus.queries().eventsOfArticles(List.of(keyByName.get(name))).isEmpty(),
              name + " tells an event, so its presence in the update is checked");
        }
        List<String> want = corpus.queries().eventsOfArticles(keys).stream().map(e -> e.id() + " " + e.code() + " "
            + (e.article().equals(keyByName.get("ferry")) && c == 0 ? 1 : e.mentions())).sorted().toList();
        List<String> got = new ArrayList<>();
        Set<Long> withdrawn = new TreeSet<>();
        for (String line : Files.readAllLines(updates.resolve(stamps.get(c) + ".jsonl"))) {
          var node = ArticleJson.mapper().readTree(line);
          if (removed.contains(node.get("id").asLong())) {
            withdrawn.add(node.get("id").asLong());
          } else {
            got.add(node.get("id").asLong() + " " + node.get("code").asText() + " " + node.get("mentions").asInt());
          }
        }
        assertEquals(want, got.stream().sorted().toList(), "cycle " + (c + 1) + " events: id, code, reports so far");
        assertEquals(c == 1 ? removed : Set.of(), withdrawn, "cycle " + (c + 1) + ": the events cycle 3 withdrew");
        corpus.exporter().gdelt(dir.resolve("expected.csv"), keys);
        assertEquals(column(dir.resolve("expected.csv"), 0), column(updates.resolve(stamps.get(c) + ".export.csv"), 0).stream()
            .filter(id -> !removed.contains(Long.parseLong(id))).toList(), "cycle " + (c + 1) + " GDELT events");
        List<String> alerts = Files.readAllLines(updates.resolve(stamps.get(c) + ".alerts.jsonl"));
        assertEquals(c == 2 ? 1 : 0, alerts.size(), alerts.toString());
        if (c == 2) {
          var alert = ArticleJson.mapper().readTree(alerts.get(0));
          List<Long> egypt = corpus.queries().eventsOfArticles(List.of(keyByName.get("egypt"))).stream()
              .filter(e -> e.quadClass() == 3 && e.source().actor() != null && e.target() != null && e.target().actor() != null).map(EventRow::id).toList();
          assertEquals(ALERTS[0] + " " + egypt, alert.get("rule").asText() + " " + alert.get("eventIds"));
        }
      }
    }
    String last = Files.readString(updates.resolve(UpdateFeed.LAST));
    assertTrue(last.matches("(\\d+ [0-9a-f]{32} " + stamps.get(2) + "\\.(export\\.csv|jsonl|alerts\\.jsonl|removed\\.txt)\n){4}"), last);
  }

  private static List<String> column(Path tsv, int c) throws Exception {
    return Files.readAllLines(tsv).stream().map(l -> l.split("\t", -1)[c]).sorted().toList();
  }
}
