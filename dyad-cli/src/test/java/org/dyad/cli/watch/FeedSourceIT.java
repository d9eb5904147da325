package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.cli.watch.LocalSite.Answer;
import org.dyad.core.read.RomeFeedReader;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A feed on a local server polled cycle after cycle: only new items, linked pages on allowed hosts only, failures backed off. */
class FeedSourceIT {
  private final LocalSite site;
  private final FeedSource feed;

  FeedSourceIT() throws Exception {
    site = new LocalSite();
    HttpFetcher http = new HttpFetcher(new HostAllowList(Set.of("127.0.0.1")), Duration.ofSeconds(2), 2000);
    feed = new FeedSource(URI.create(site.url("/feed")), http, new RomeFeedReader(2000, new AllowedPageFetcher(http)));
  }

  @AfterEach
  void stop() {
    site.close();
  }

  static String rss(String... items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test wire</title><link>http://127.0.0.1/</link>"
        + "<description>d</description>" + String.join("", items) + "</channel></rss>";
  }

  static String item(String guid, String link, String title, String description) {
    return "<item><guid isPermaLink=\"false\">" + guid + "</guid><link>" + link + "</link><title>" + title
        + "</title><description>" + description + "</description></item>";
  }

  /** A poll whose documents are kept. */
  private record Polled(Source.Poll poll, List<RawDocument> docs) {
    SourceMemory memory() {
      return poll.memory();
    }
  }

  private Polled poll(int cycle, SourceMemory memory) {
    List<RawDocument> docs = new ArrayList<>();
    Source.Poll p = feed.poll(cycle, memory, docs::add);
    assertEquals(docs.size(), p.fresh());
    return new Polled(p, docs);
  }

  private static String docs(Polled p) {
    return p.docs().stream().map(d -> d.id() + "=" + d.content().strip()
        + d.issues().stream().map(Issue::code).map(c -> " !" + c).collect(Collectors.joining())).toList().toString();
  }

  @Test
  void onlyNewItemsAreReadAndOnlyTheirAllowedPagesFetched() {
    site.set("/p1", Answer.page("<html><body><p>The ferry resumed service.</p></body></html>", "text/html"));
    site.set("/p2", Answer.page("x".repeat(3000), "text/html"));
    String away = site.url("/secret").replace("127.0.0.1", "localhost");
    site.set("/feed", Answer.tagged(rss(item("g1", site.url("/p1"), "Ferry", "short one"), item("g2", site.url("/p2"), "Big", "big one"),
        item("g3", away, "Away", "elsewhere")), "application/rss+xml", "\"r1\""));
    Polled first = poll(1, SourceMemory.NEW);
    assertEquals("[g1=<html><body><p>The ferry resumed service.</p></body></html>, g2=big one !link-unreadable, g3=elsewhere]", docs(first));
    assertEquals("[g1, g2, g3] \"r1\"", keys(first.memory()) + " " + first.memory().etag());
    Polled unchanged = poll(2, first.memory());
    assertEquals("[] [g1, g2, g3]", docs(unchanged) + " " + keys(unchanged.memory()));
    site.set("/feed", Answer.tagged(rss(item("g4", site.url("/p1"), "Ferry again", "again"), item("g1", site.url("/p1"), "Ferry", "short one")),
        "application/rss+xml", "\"r2\""));
    Polled next = poll(3, unchanged.memory());
    assertEquals("[g4]", next.docs().stream().map(RawDocument::id).toList().toString());
    assertEquals("[g1, g4]", keys(next.memory()));
    assertEquals("[GET /feed, GET /robots.txt, GET /p1, GET /p2, GET /feed \"r1\", GET /feed \"r1\", GET /p1]", site.log().toString(),
        "robots.txt once for the host (404 here: all allowed)");
  }

  @Test
  void anEditedItemIsReadAgainAndAnUnchangedOneIsNot() {
    site.set("/p1", Answer.page("<html><body><p>The ferry resumed service.</p></body></html>", "text/html"));
    site.set("/feed", Answer.page(rss(item("g1", site.url("/p1"), "Ferry", "short one"), item("g2", "", "Quiet", "Nothing moved.")),
        "application/rss+xml"));
    Polled first = poll(1, SourceMemory.NEW);
    site.set("/p1", Answer.page("<html><body><p>The ferry resumed service after a week.</p></body></html>", "text/html"));
    site.set("/feed", Answer.page(rss(item("g1", site.url("/p1"), "Ferry back after a week", "short one"), item("g2", "", "Quiet", "Nothing moved.")),
        "application/rss+xml"));
    Polled edited = poll(2, first.memory());
    assertEquals("[g1=<html><body><p>The ferry resumed service after a week.</p></body></html>]", docs(edited));
    assertEquals("[]", docs(poll(3, edited.memory())), "the edit is remembered");
    SourceMemory older = SourceMemory.NEW.listed(java.util.Set.of("g1", "g2"), Validators.NONE);
    assertEquals("[]", docs(poll(4, older)), "keys an older watch remembered without fingerprints are not taken for edits");
  }

  private static String keys(SourceMemory m) {
    return m.seen().stream().map(k -> k.replaceFirst("\t.*", "")).toList().toString();
  }

  @Test
  void garbageAndErrorsAreRecordedAndRetriedWithBackOff() {
    site.set("/feed", Answer.page("this is { not a feed", "application/rss+xml"));
    Source.Poll bad = poll(1, SourceMemory.NEW).poll();
    assertEquals(site.url("/feed") + " is not a readable RSS or Atom feed", bad.failure().replaceFirst(": .*", ""));
    site.set("/feed", Answer.status(500));
    assertEquals("true", String.valueOf(poll(1, bad.memory()).poll().waited()));
    Source.Poll down = poll(2, bad.memory()).poll();
    assertEquals(site.url("/feed") + " answered HTTP 500; failures 2, retry at 4", down.failure() + "; failures "
        + down.memory().failures() + ", retry at " + down.memory().retryAt());
    site.set("/feed", Answer.page(rss(item("g1", "", "Quiet day", "Nothing moved at the border.")), "application/rss+xml"));
    assertEquals("true", String.valueOf(poll(3, down.memory()).poll().waited()));
    Polled back = poll(4, down.memory());
    assertEquals("[g1=Nothing moved at the border.] 0", docs(back) + " " + back.memory().failures());
  }
}
