package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pacer against a fake clock that its sleeps move on: what it waits, not how long a test takes. */
class HostPacerTest {
  private long now = 1_000_000_000L;
  private final List<Long> slept = new ArrayList<>();

  private HostPacer pacer(Duration interval) {
    return new HostPacer(interval, () -> now, millis -> {
      slept.add(millis);
      now += millis * 1_000_000L;
    });
  }

  @Test
  void requestsToOneHostWaitTheIntervalAndOtherHostsDoNot() throws Exception {
    HostPacer p = pacer(Duration.ofSeconds(2));
    URI a = URI.create("http://news.example.org/feed.xml");
    p.await(a);
    p.await(URI.create("http://other.example.org/x"));
    now += 500_000_000L; // half a second of work
    p.await(URI.create("http://NEWS.example.org/page.html"));
    p.await(URI.create("http://news.example.org:8080/page.html"));
    now += 3_000_000_000L;
    p.await(a);
    assertEquals(List.of(1500L), slept, "only the second request to news.example.org:80 waited, the rest of its 2 s");
  }

  @Test
  void aCrawlDelayLengthensTheIntervalUpToTheCap() throws Exception {
    HostPacer p = pacer(Duration.ofSeconds(1));
    URI a = URI.create("https://news.example.org/");
    p.slowDown(a, Duration.ofSeconds(5));
    assertEquals(Duration.ofSeconds(5), p.interval(a));
    assertEquals(Duration.ofSeconds(1), p.interval(URI.create("https://other.example.org/")));
    p.slowDown(a, Duration.ofHours(2));
    assertEquals(HostPacer.MAX_DELAY, p.interval(a));
    p.await(a);
    p.await(a);
    assertEquals(List.of(60_000L), slept);
  }

  @Test
  void aNegativeIntervalIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> pacer(Duration.ofSeconds(-1)));
  }
}
