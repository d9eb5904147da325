package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostAllowListTest {
  private final HostAllowList allowed = new HostAllowList(Set.of("News.Example.org", "127.0.0.1"));

  @Test
  void onlyHttpOnNamedHostsIsAllowed() {
    List<String> verdicts = List.of("http://news.example.org/feed", "https://NEWS.example.org/a?b=c", "http://127.0.0.1:8080/x",
            "http://example.org/feed", "http://sub.news.example.org/", "ftp://news.example.org/f", "file:///etc/passwd",
            "http://localhost:8080/x", "news.example.org/feed")
        .stream().map(u -> (allowed.allows(URI.create(u)) ? "+ " : "- ") + u).toList();
    assertEquals("""
        + http://news.example.org/feed
        + https://NEWS.example.org/a?b=c
        + http://127.0.0.1:8080/x
        - http://example.org/feed
        - http://sub.news.example.org/
        - ftp://news.example.org/f
        - file:///etc/passwd
        - http://localhost:8080/x
        - news.example.org/feed""", String.join("\n", verdicts));
  }

  @Test
  void aHostWithAPathOrSchemeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HostAllowList(Set.of("http://news.example.org/")));
    assertEquals("--allow-host wants a host name or address such as news.example.org or 127.0.0.1: 'http://news.example.org/'", e.getMessage());
  }
}
