package org.dyad.web;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import org.dyad.core.json.ArticleJson;
import org.dyad.store.Corpus;

/**
 * {@code dyad serve}: the read-only API ({@code /api/...}, described at {@code /openapi.json}) and the
 * pages (search, article, dyad, speaker, actors) over one store. Binds to 127.0.0.1 unless told otherwise.
 */
public final class DyadServer implements AutoCloseable {
  /** Requests carry no body; anything larger than this is refused. */
  static final long MAX_REQUEST_BYTES = 8 * 1024;
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private final Javalin app;

  private DyadServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving {@code corpus} on {@code host:port} (port 0 picks a free one), without a watch status or review writes. */
  public static DyadServer start(Corpus corpus, String host, int port) {
    return start(corpus, null, host, port, ReviewAccess.READ_ONLY);
  }

  /**
   * Starts serving {@code corpus}, kept in the folder {@code store} (for {@code /api/watch}; may be null), on
   * {@code host:port} (port 0 picks a free one), without review writes.
   */
  public static DyadServer start(Corpus corpus, Path store, String host, int port) {
    return start(corpus, store, host, port, ReviewAccess.READ_ONLY);
  }

  /** Starts serving {@code corpus}, taking review writes as {@code access} says ({@link ReviewRoutes}). */
  public static DyadServer start(Corpus corpus, Path store, String host, int port, ReviewAccess access) {
    requireNonNull(access, "access is null");
    requireNonNull(corpus, "corpus is null");
    requireNonNull(host, "host is null");
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(ArticleJson.mapper(), false));
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/dyad/web/static";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
    });
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
    });
    new ApiRoutes(corpus.queries(), store).register(app);
    new ReviewRoutes(corpus, access).register(app);
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()));
    ApiError.register(app);
    app.start(host, port);
    return new DyadServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
