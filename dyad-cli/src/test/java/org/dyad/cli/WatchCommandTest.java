package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code dyad watch} refuses before it loads anything. */
class WatchCommandTest {
  @TempDir
  Path dir;

  private String run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return code + " " + err.toString().lines().findFirst().orElse("");
  }

  @Test
  void feedsOnHostsNotAllowedAndBadPeriodsAreRefused() {
    String store = dir.resolve("store").toString();
    assertEquals("2 the feed http://news.example.org/feed.xml is on a host not named with --allow-host news.example.org",
        run("watch", "--store", store, "--allow-host", "127.0.0.1", "http://news.example.org/feed.xml"));
    assertEquals("2 --every wants a period such as 30s, 15m or 1h: '15 minutes'",
        run("watch", "--store", store, "--every", "15 minutes", "crawl"));
    assertEquals("2 --every wants a period such as 30s, 15m or 1h: '0m'", run("watch", "--store", store, "--every", "0m", "crawl"));
    assertEquals("2 cannot watch ftp://news.example.org/feed.xml: want an http(s) feed URL, or a folder or file",
        run("watch", "--store", store, "ftp://news.example.org/feed.xml"));
    assertEquals("2 dyad: --allow-host wants a host name or address such as news.example.org or 127.0.0.1: 'http://x/'",
        run("watch", "--store", store, "--allow-host", "http://x/", "crawl"));
    assertEquals("2 bad --alert 'dyad=RUS:UKR,quad=9,above=2x': quad= wants a QuadClass from 1 to 4 (4 is material conflict), not '9'",
        run("watch", "--store", store, "--alert", "dyad=RUS:UKR,quad=9,above=2x", "crawl"));
  }
}
