package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dyad.core.read.LocalPageFetcher;
import org.dyad.core.read.LocalPageFetcher.Page;
import org.dyad.core.read.PageFetcher;
import org.dyad.model.Issue;

/**
 * Reads the pages feed items link to, through an {@link HttpFetcher}: only on allowed hosts (a link
 * elsewhere is left alone and the item's own text is used), only where the host's robots.txt allows
 * ({@link Robots}; a refused page leaves the item's own text and an issue {@code link-disallowed}), within its
 * limits. Local files are never read.
 */
public final class AllowedPageFetcher implements PageFetcher {
  private final HttpFetcher http;
  private final Robots robots;

  /** A fetcher that heeds robots.txt. */
  public AllowedPageFetcher(HttpFetcher http) {
    this(http, new Robots(http, System::nanoTime));
  }

  public AllowedPageFetcher(HttpFetcher http, Robots robots) {
    this.http = requireNonNull(http, "http is null");
    this.robots = requireNonNull(robots, "robots is null");
  }

  @Override
  public Optional<Page> fetch(String link, Path base) {
    Optional<URI> uri = uri(link);
    if (uri.isEmpty() || !http.allowed().allows(uri.get())) {
      return Optional.empty();
    }
    String refused = robots.refusal(uri.get());
    if (refused != null) {
      return Optional.of(new Page(new byte[0], null, null, List.of(new Issue("read", "link-disallowed", refused + "; the feed's own text was used"))));
    }
    Fetched f = http.get(uri.get(), Validators.NONE);
    if (f.status() != Fetched.Status.OK) {
      String why = f.reason() != null ? f.reason() : "the linked page " + link + " answered 304 to a plain GET";
      return Optional.of(new Page(new byte[0], null, null, List.of(new Issue("read", "link-unreadable", why + "; the feed's own text was used"))));
    }
    return Optional.of(new Page(f.body(), LocalPageFetcher.mediaType(f.contentType()), LocalPageFetcher.charset(f.contentType()), List.of()));
  }

  private static Optional<URI> uri(String link) {
    if (link == null || link.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(link.strip()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
