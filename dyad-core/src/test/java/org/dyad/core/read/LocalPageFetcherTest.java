package org.dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPageFetcherTest {
  @TempDir
  Path dir;

  private final LocalPageFetcher fetcher = new LocalPageFetcher(Duration.ofSeconds(2), 1000);

  @Test
  void onlyLocalFilesAndLoopbackUrlsCount() throws IOException {
    Files.writeString(dir.resolve("page.html"), "<p>x</p>");
    assertTrue(LocalPageFetcher.isLocal("page.html", dir));
    assertTrue(LocalPageFetcher.isLocal(dir.resolve("page.html").toUri().toString(), null));
    assertTrue(LocalPageFetcher.isLocal("http://localhost:8080/a", dir));
    assertTrue(LocalPageFetcher.isLocal("http://127.0.0.1/a", dir));
    assertFalse(LocalPageFetcher.isLocal("missing.html", dir));
    assertFalse(LocalPageFetcher.isLocal("https://example.com/a", dir));
    assertFalse(LocalPageFetcher.isLocal("http://localhost.example.com/a", dir));
    assertFalse(LocalPageFetcher.isLocal("ftp://localhost/a", dir));
    assertEquals(Optional.empty(), fetcher.fetch("https://example.com/never-fetched", dir));
  }

  @Test
  void aLoopbackPageIsFetchedWithItsTypeAndCappedInSize() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/page", ex -> {
      byte[] body = ("<html><body>" + "a".repeat(2000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=ISO-8859-1");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/missing", ex -> {
      ex.sendResponseHeaders(404, -1);
      ex.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      LocalPageFetcher.Page page = fetcher.fetch(base + "/page", dir).orElseThrow();
      assertEquals(1000, page.bytes().length);
      assertEquals("text/html", page.mediaType());
      assertEquals("ISO-8859-1", page.charset());
      assertEquals("truncated", page.issues().get(0).code());
      LocalPageFetcher.Page missing = fetcher.fetch(base + "/missing", dir).orElseThrow();
      assertEquals(0, missing.bytes().length);
      assertTrue(missing.issues().get(0).message().contains("HTTP 404"), missing.issues().toString());
    } finally {
      server.stop(0);
    }
  }
}
