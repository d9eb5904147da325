package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches with the JDK's HTTP client, politely and within limits: only allowed hosts, conditional GET
 * with a feed's validators, at most {@link #MAX_REDIRECTS} redirects (each hop allowed too), a body cap
 * (a larger body fails rather than being read) and one deadline for the whole answer. Never throws for
 * what a server does: every failure is a {@link Fetched} with its reason.
 */
public final class HttpFetcher {
  public static final int MAX_REDIRECTS = 3;
  /** The product token robots.txt groups are matched against. */
  public static final String ROBOT = "dyad-watch";
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final String AGENT = ROBOT + "/0.1";
  private final HostAllowList allowed;
  private final Duration timeout;
  private final long maxBytes;
  private final HttpClient http;
  private final HostPacer pacer;

  /** A fetcher that does not space its requests (tests on a local server). */
  public HttpFetcher(HostAllowList allowed, Duration timeout, long maxBytes) {
    this(allowed, timeout, maxBytes, HostPacer.NONE);
  }

  /**
   * @param timeout the deadline for each hop, from the request to the body's last byte
   * @param maxBytes the largest body read; a larger one is a failure
   * @param pacer spaces the requests to one host (every hop, robots.txt included)
   */
  public HttpFetcher(HostAllowList allowed, Duration timeout, long maxBytes, HostPacer pacer) {
    this.allowed = requireNonNull(allowed, "allowed is null");
    this.pacer = requireNonNull(pacer, "pacer is null");
    if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("timeout and maxBytes must be positive (maxBytes under 2 GB)");
    }
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).proxy(HttpClient.Builder.NO_PROXY)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public HostAllowList allowed() {
    return allowed;
  }

  public HostPacer pacer() {
    return pacer;
  }

  /** GETs {@code uri}, sending {@code known} validators; follows allowed redirects. */
  public Fetched get(URI uri, Validators known) {
    requireNonNull(uri, "uri is null");
    URI at = uri;
    for (int hop = 0; ; hop++) {
      if (!allowed.allows(at)) {
        return Fetched.failed(uri, known, (hop == 0 ? "" : "redirected to ") + at + ": host not in --allow-host");
      }
      Answer a;
      try {
        pacer.await(at);
        a = send(request(at, known));
      } catch (IOException | TimeoutException e) {
        return Fetched.failed(uri, known, "cannot fetch " + at + ": " + reason(e));
      }
      if (!REDIRECTS.contains(a.status())) {
        return fetched(uri, at, known, a);
      }
      if (hop == MAX_REDIRECTS) {
        return Fetched.failed(uri, known, "more than " + MAX_REDIRECTS + " redirects from " + uri, a.status());
      }
      if (a.location() == null) {
        return Fetched.failed(uri, known, at + " answered HTTP " + a.status() + " without a Location");
      }
      try {
        at = at.resolve(a.location().strip());
      } catch (IllegalArgumentException e) {
        return Fetched.failed(uri, known, at + " redirected to a bad address: " + a.location());
      }
    }
  }

  private HttpRequest request(URI at, Validators known) {
    HttpRequest.Builder b = HttpRequest.newBuilder(at).timeout(timeout).header("User-Agent", AGENT).GET();
    if (known.etag() != null) {
      b.header("If-None-Match", known.etag());
    }
    if (known.lastModified() != null) {
      b.header("If-Modified-Since", known.lastModified());
    }
    return b.build();
  }

  private Fetched fetched(URI uri, URI at, Validators known, Answer a) {
    if (a.status() == 304) {
      return new Fetched(uri, Fetched.Status.NOT_MODIFIED, new byte[0], null, known, null, 304);
    }
    if (a.status() / 100 != 2) {
      return Fetched.failed(uri, known, at + " answered HTTP " + a.status(), a.status());
    }
    if (a.body() == null) {
      return Fetched.failed(uri, known, at + " sent more than " + maxBytes + " bytes; not read", a.status());
    }
    return new Fetched(uri, Fetched.Status.OK, a.body(), a.contentType(), a.validators(), null, a.status());
  }

  /** A status, its headers of interest, and the body (null when over the cap; empty for redirects and errors). */
  private record Answer(int status, String location, String contentType, Validators validators, byte[] body) {}

  /** Sends and reads the answer within one deadline; a stalled body is cut by closing its stream. */
  private Answer send(HttpRequest request) throws IOException, TimeoutException {
    AtomicReference<InputStream> stream = new AtomicReference<>();
    CompletableFuture<Answer> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).thenApply(r -> {
      stream.set(r.body());
      return read(r);
    });
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
      throw cause instanceof IOException io ? io : new IOException(reason(cause), cause);
    } catch (TimeoutException e) {
      answer.cancel(true);
      closeQuietly(stream.get());
      throw new TimeoutException("no whole answer within " + timeout.toSeconds() + " s");
    }
  }

  private Answer read(HttpResponse<InputStream> r) {
    var h = r.headers();
    Validators v = new Validators(h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null));
    try (InputStream in = r.body()) {
      byte[] body = new byte[0];
      if (r.statusCode() / 100 == 2) {
        body = in.readNBytes((int) maxBytes + 1);
        body = body.length > maxBytes ? null : body;
      }
      return new Answer(r.statusCode(), h.firstValue("Location").orElse(null), h.firstValue("Content-Type").orElse(null), v, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // the deadline has passed; the answer is dropped whatever closing says
      }
    }
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
