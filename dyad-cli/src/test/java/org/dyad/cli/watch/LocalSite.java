package org.dyad.cli.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A web site on 127.0.0.1 for watch tests: each path answers what the test last set for it (a body with
 * an ETag, a status, a redirect, a body that stalls); every request is logged as "METHOD path [If-None-Match]".
 */
public final class LocalSite implements AutoCloseable {
  /** What one path answers. */
  public record Answer(int status, String body, String type, String etag, String location, long stallMillis) {
    public static Answer page(String body, String type) {
      return new Answer(200, body, type, null, null, 0);
    }

    public static Answer tagged(String body, String type, String etag) {
      return new Answer(200, body, type, etag, null, 0);
    }

    public static Answer status(int status) {
      return new Answer(status, "server trouble", "text/plain", null, null, 0);
    }

    public static Answer redirect(String location) {
      return new Answer(302, "", "text/plain", null, location, 0);
    }

    public static Answer stalled(long millis) {
      return new Answer(200, "late", "text/plain", null, null, millis);
    }
  }

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<String> log = new CopyOnWriteArrayList<>();

  public LocalSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public void set(String path, Answer a) {
    answers.put(path, a);
  }

  public List<String> log() {
    return List.copyOf(log);
  }

  public void clearLog() {
    log.clear();
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    String since = x.getRequestHeaders().getFirst("If-None-Match");
    log.add(x.getRequestMethod() + " " + path + (since == null ? "" : " " + since));
    Answer a = answers.getOrDefault(path, Answer.status(404));
    try (x) {
      if (a.location() != null) {
        x.getResponseHeaders().add("Location", a.location());
      }
      if (a.etag() != null) {
        x.getResponseHeaders().add("ETag", a.etag());
        if (a.etag().equals(since)) {
          x.sendResponseHeaders(304, -1);
          return;
        }
      }
      x.getResponseHeaders().add("Content-Type", a.type());
      byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
      x.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = x.getResponseBody()) {
          if (a.stallMillis() > 0) {
            out.write(body, 0, 1);
            out.flush();
            Thread.sleep(a.stallMillis());
          }
          out.write(body, a.stallMillis() > 0 ? 1 : 0, body.length - (a.stallMillis() > 0 ? 1 : 0));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (IOException e) {
          // the client gave up (a deadline or a size cap): nothing to answer to
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
