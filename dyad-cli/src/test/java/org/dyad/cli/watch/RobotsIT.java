package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.dyad.cli.watch.LocalSite.Answer;
import org.dyad.core.read.LocalPageFetcher.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** robots.txt for linked pages, against a local server: parsed rules, a missing file, an unreachable one, a Crawl-delay. */
class RobotsIT {
  private LocalSite site;
  private long now;
  private HttpFetcher http;

  @BeforeEach
  void start() throws Exception {
    site = new LocalSite();
    http = new HttpFetcher(new HostAllowList(Set.of("127.0.0.1")), Duration.ofSeconds(5), 64 * 1024,
        new HostPacer(Duration.ZERO, () -> now, millis -> now += millis * 1_000_000L));
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private Robots robots() {
    return new Robots(http, () -> now);
  }

  @Test
  void disallowedPagesAreNotFetchedAndTheRulesAreFetchedOncePerHost() {
    site.set("/robots.txt", Answer.page("User-agent: *\nDisallow: /private/\n\nUser-agent: dyad-watch\nDisallow: /wires/\nCrawl-delay: 4\n", "text/plain"));
    site.set("/news/a.html", Answer.page("<html><body><p>A page.</p></body></html>", "text/html"));
    site.set("/wires/b.html", Answer.page("<html><body><p>B page.</p></body></html>", "text/html"));
    AllowedPageFetcher pages = new AllowedPageFetcher(http, robots());
    Page a = pages.fetch(site.url("/news/a.html"), null).orElseThrow();
    Page b = pages.fetch(site.url("/wires/b.html"), null).orElseThrow();
    Page c = pages.fetch(site.url("/private/c.html"), null).orElseThrow();
    assertTrue(a.bytes().length > 0 && a.issues().isEmpty(), a.issues().toString());
    assertEquals(0, b.bytes().length);
    assertEquals("link-disallowed", b.issues().get(0).code());
    assertTrue(b.issues().get(0).message().contains("/robots.txt disallows /wires/b.html to dyad-watch"), b.issues().toString());
    assertEquals("link-unreadable", c.issues().get(0).code(), "only the group that names us applies: /private/ is asked for (and is missing)");
    assertEquals(List.of("GET /robots.txt", "GET /news/a.html", "GET /private/c.html"), site.log(),
        "one robots.txt for the host; the refused page never asked for");
    assertEquals(Duration.ofSeconds(4), http.pacer().interval(URI.create(site.url("/"))), "the Crawl-delay of our group spaces requests");
  }

  @Test
  void aMissingRobotsTxtAllowsAndAnUnreachableOneRefusesUntilFetchedAgain() {
    site.set("/news/a.html", Answer.page("<html><body><p>A page.</p></body></html>", "text/html"));
    assertNull(robots().refusal(URI.create(site.url("/news/a.html"))), "404: everything allowed");
    site.set("/robots.txt", Answer.status(503));
    Robots down = robots();
    String why = down.refusal(URI.create(site.url("/news/a.html")));
    assertTrue(why != null && why.contains("could not be read") && why.contains("HTTP 503"), why);
    site.set("/robots.txt", Answer.page("User-agent: *\nAllow: /\n", "text/plain"));
    assertTrue(down.refusal(URI.create(site.url("/news/a.html"))) != null, "kept for a day");
    now += Robots.KEEP.toNanos() + 1;
    assertNull(down.refusal(URI.create(site.url("/news/a.html"))), "fetched again after a day");
    site.set("/robots.txt", Answer.redirect("/robots.txt"));
    assertNull(robots().refusal(URI.create(site.url("/news/a.html"))), "lost in redirects: unavailable, so allowed (RFC 9309)");
  }

  @Test
  void theGroupOfEveryRobotAppliesWhenNoneNamesUs() {
    site.set("/robots.txt", Answer.page("User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n", "text/plain"));
    Robots r = robots();
    assertNull(r.refusal(URI.create(site.url("/news/a.html"))));
    assertTrue(r.refusal(URI.create(site.url("/private/a.html"))) != null);
  }
}
