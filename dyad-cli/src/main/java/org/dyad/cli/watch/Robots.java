package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The robots.txt rules of the hosts whose pages feeds link to, parsed by crawler-commons (RFC 9309), fetched
 * through the watch's {@link HttpFetcher} (allow-list, limits, pacing) and kept per host for {@link #KEEP}. As
 * RFC 9309 says: a robots.txt that is missing (4xx) or lost in redirects allows everything; one that cannot be
 * reached (5xx, no answer, a deadline) or is over the size cap allows nothing until it is fetched again. A
 * {@code Crawl-delay} slows the host's {@link HostPacer}. The group matched is {@value HttpFetcher#ROBOT}'s, else {@code *}.
 */
public final class Robots {
  /** How long a host's rules are kept before they are fetched again. */
  public static final Duration KEEP = Duration.ofHours(24);
  private final HttpFetcher http;
  private final LongSupplier nanoTime;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Rules> byHost = new HashMap<>();

  private record Rules(BaseRobotRules rules, long fetchedAt, String why) {}

  public Robots(HttpFetcher http, LongSupplier nanoTime) {
    this.http = requireNonNull(http, "http is null");
    this.nanoTime = requireNonNull(nanoTime, "nanoTime is null");
    parser.setMaxCrawlDelay(HostPacer.MAX_DELAY.toMillis());
  }

  /** Null when {@code page} may be fetched, else why not. */
  public synchronized String refusal(URI page) {
    String host = (page.getScheme() + "://" + page.getRawAuthority()).toLowerCase(Locale.ROOT);
    Rules r = byHost.get(host);
    long now = nanoTime.getAsLong();
    if (r == null || now - r.fetchedAt() > KEEP.toNanos()) {
      r = fetch(URI.create(host + "/robots.txt"), now);
      byHost.put(host, r);
    }
    if (r.rules().isAllowed(page.toString())) {
      return null;
    }
    return r.why() != null ? r.why() : host + "/robots.txt disallows " + page.getRawPath() + " to " + HttpFetcher.ROBOT;
  }

  private Rules fetch(URI robots, long now) {
    Fetched f = http.get(robots, Validators.NONE);
    if (f.status() == Fetched.Status.OK) {
      BaseRobotRules rules = parser.parseContent(robots.toString(), f.body(), f.contentType() == null ? "text/plain" : f.contentType(),
          List.of(HttpFetcher.ROBOT));
      if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > 0) {
        http.pacer().slowDown(robots, Duration.ofMillis(rules.getCrawlDelay()));
      }
      return new Rules(rules, now, null);
    }
    boolean unavailable = f.code() / 100 == 4 || f.code() / 100 == 3;
    if (unavailable) {
      return new Rules(parser.failedFetch(404), now, null);
    }
    return new Rules(parser.failedFetch(503), now, robots + " could not be read (" + f.reason() + "), so nothing on its host is fetched for now");
  }
}
