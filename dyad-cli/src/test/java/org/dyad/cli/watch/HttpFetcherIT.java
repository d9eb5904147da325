package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.dyad.cli.watch.LocalSite.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a local server: conditional GET, the allow-list on every hop, redirect, size and time limits. */
class HttpFetcherIT {
  private final LocalSite site;
  private final HttpFetcher http;

  HttpFetcherIT() throws Exception {
    site = new LocalSite();
    http = new HttpFetcher(new HostAllowList(Set.of("127.0.0.1")), Duration.ofMillis(1500), 1000);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private String get(String path, Validators v) {
    Fetched f = http.get(URI.create(site.url(path)), v);
    return f.status() + (f.body().length > 0 ? " " + new String(f.body(), StandardCharsets.UTF_8) : "")
        + (f.validators().etag() != null ? " etag " + f.validators().etag() : "") + (f.reason() != null ? " (" + f.reason().replace(site.url(""), "") + ")" : "");
  }

  @Test
  void anUnchangedFeedCostsA304() {
    site.set("/feed", Answer.tagged("<rss/>", "application/rss+xml", "\"v1\""));
    assertEquals("OK <rss/> etag \"v1\"", get("/feed", Validators.NONE));
    assertEquals("NOT_MODIFIED etag \"v1\"", get("/feed", new Validators("\"v1\"", null)));
    site.set("/feed", Answer.tagged("<rss>2</rss>", "application/rss+xml", "\"v2\""));
    assertEquals("OK <rss>2</rss> etag \"v2\"", get("/feed", new Validators("\"v1\"", null)));
    assertEquals("[GET /feed, GET /feed \"v1\", GET /feed \"v1\"]", site.log().toString());
  }

  @Test
  void redirectsAreFollowedThreeTimesAndOnlyToAllowedHosts() {
    site.set("/a", Answer.redirect("/b"));
    site.set("/b", Answer.redirect("/c"));
    site.set("/c", Answer.redirect("/d"));
    site.set("/d", Answer.page("arrived", "text/plain"));
    site.set("/loop", Answer.redirect("/loop"));
    site.set("/away", Answer.redirect(site.url("/d").replace("127.0.0.1", "localhost")));
    assertEquals("OK arrived", get("/a", Validators.NONE));
    assertEquals("FAILED (more than 3 redirects from /loop)", get("/loop", Validators.NONE));
    assertEquals("FAILED (redirected to " + site.url("/d").replace("127.0.0.1", "localhost") + ": host not in --allow-host)",
        get("/away", Validators.NONE).replace(site.url(""), ""));
    assertEquals("[GET /a, GET /b, GET /c, GET /d, GET /loop, GET /loop, GET /loop, GET /loop, GET /away]", site.log().toString());
  }

  @Test
  void errorsHugeBodiesAndStalledAnswersFailWithTheirReasons() {
    site.set("/down", Answer.status(500));
    site.set("/huge", Answer.page("x".repeat(5000), "text/html"));
    site.set("/slow", Answer.stalled(2500));
    assertEquals("FAILED (/down answered HTTP 500)", get("/down", Validators.NONE));
    assertEquals("FAILED (/huge sent more than 1000 bytes; not read)", get("/huge", Validators.NONE));
    assertEquals("FAILED (cannot fetch /slow: no whole answer within 1 s)", get("/slow", Validators.NONE));
    assertEquals("FAILED (http://localhost/x: host not in --allow-host)",
        http.get(URI.create("http://localhost/x"), Validators.NONE).status() + " (" + http.get(URI.create("http://localhost/x"), Validators.NONE).reason() + ")");
  }
}
