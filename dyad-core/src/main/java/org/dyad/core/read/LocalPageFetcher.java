package org.dyad.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Issue;

/**
 * Fetches a feed item's linked page when, and only when, it is local: a {@code file:} URL, a path
 * relative to the feed that exists, or an {@code http(s)://localhost} / loopback URL. Any other link
 * is left alone: Dyad never goes on the network. Fetches have a short timeout, a size cap, no
 * proxy and no redirects.
 */
public final class LocalPageFetcher implements PageFetcher {
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
  private final Duration timeout;
  private final long maxBytes;
  private final HttpClient http;

  /** A fetched page: its bytes, the charset and media type its server declared (may be null), and issues. */
  public record Page(byte[] bytes, String mediaType, String charset, List<Issue> issues) {
    public Page {
      issues = List.copyOf(issues);
    }
  }

  public LocalPageFetcher(Duration timeout, long maxBytes) {
    if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0) {
      throw new IllegalArgumentException("timeout and maxBytes must be positive");
    }
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).proxy(HttpClient.Builder.NO_PROXY)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** True when the link names a page this fetcher may read. */
  public static boolean isLocal(String link, Path base) {
    return localFile(link, base).isPresent() || loopbackUrl(link).isPresent();
  }

  /**
   * Reads the linked page, or says why not with issues; empty when the link is not local (nothing
   * was tried).
   *
   * @param base the folder a relative link is resolved against
   */
  @Override
  public Optional<Page> fetch(String link, Path base) {
    Optional<Path> file = localFile(link, base);
    if (file.isPresent()) {
      return Optional.of(readFile(file.get()));
    }
    return loopbackUrl(link).map(this::get);
  }

  private Page readFile(Path file) {
    List<Issue> issues = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = CappedBytes.read(in, maxBytes, issues);
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return new Page(bytes, name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : null, null, issues);
    } catch (IOException e) {
      return failed("cannot read the linked file " + file + ": " + Documents.reason(e));
    }
  }

  private Page get(URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    try {
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() / 100 != 2) {
          return failed("the linked page " + uri + " answered HTTP " + response.statusCode());
        }
        List<Issue> issues = new ArrayList<>();
        byte[] bytes = CappedBytes.read(in, maxBytes, issues);
        String type = response.headers().firstValue("Content-Type").orElse(null);
        return new Page(bytes, mediaType(type), charset(type), issues);
      }
    } catch (IOException e) {
      return failed("cannot fetch the linked page " + uri + ": " + Documents.reason(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed("interrupted while fetching the linked page " + uri);
    }
  }

  private static Page failed(String message) {
    return new Page(new byte[0], null, null, List.of(Documents.issue("link-unreadable", message + "; the feed's own text was used")));
  }

  static Optional<Path> localFile(String link, Path base) {
    if (link == null || link.isBlank()) {
      return Optional.empty();
    }
    try {
      Path p;
      if (link.regionMatches(true, 0, "file:", 0, 5)) {
        p = Path.of(URI.create(link));
      } else if (link.contains("://")) {
        return Optional.empty();
      } else {
        p = (base == null ? Path.of(link) : base.resolve(link)).normalize();
      }
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  static Optional<URI> loopbackUrl(String link) {
    if (link == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(link.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      boolean ok = (scheme.equals("http") || scheme.equals("https")) && LOOPBACK.contains(host);
      return ok ? Optional.of(uri) : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The media type of a {@code Content-Type} header, lower case without parameters; null for null. */
  public static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of a {@code Content-Type} header, or null. */
  public static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        return p.substring(8).replace("\"", "").strip();
      }
    }
    return null;
  }
}
