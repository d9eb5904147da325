package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.json.ArticleJson;
import org.dyad.store.Corpus;
import org.dyad.web.DyadServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad load}: starts the server on a store and loads it over loopback; prints a latency table. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Load test: serve the store on loopback and request the API and pages from many clients at once; "
        + "prints throughput, p50/p99 latency and errors per path, and heap in use before and after.")
final class LoadCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients. Default: ${DEFAULT-VALUE}.")
  int clients;

  @Option(names = "--seconds", defaultValue = "30", description = "How long. Default: ${DEFAULT-VALUE}.")
  double seconds;

  @Option(names = "--dyad", defaultValue = "AFG:RUS", description = "The dyad the event and timeline requests ask for. Default: ${DEFAULT-VALUE}.")
  String dyad;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || clients > 1000 || seconds <= 0 || seconds > 3600) {
      throw new IllegalArgumentException("want 1..1000 clients and 0..3600 seconds");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Corpus corpus = Corpus.openReadOnly(store.dir); DyadServer server = DyadServer.start(corpus, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      List<String> paths = paths(base);
      new LoadTest(base, paths).run(Math.min(clients, 8), Math.min(2, seconds)); // warm-up
      double before = LoadTest.heapAfterGc();
      List<LoadTest.PathStats> stats = new LoadTest(base, paths).run(clients, seconds);
      double after = LoadTest.heapAfterGc();
      out.printf(Locale.ROOT, "dyad load: %d clients for %.0f s against %s (store %s)%n%n", clients, seconds, base, store.dir);
      LoadTest.print(out, stats, seconds);
      out.printf(Locale.ROOT, "%nheap in use after GC: %.0f MB before, %.0f MB after; max heap %.0f MB%n", before, after,
          Runtime.getRuntime().maxMemory() / 1048576.0);
      out.flush();
      return stats.stream().mapToLong(s -> s.errors.get()).sum() == 0 ? 0 : 1;
    }
  }

  private List<String> paths(String base) throws Exception {
    String d = dyad.replace(":", "%3A");
    List<String> paths = new ArrayList<>(List.of("/", "/dyad.html", "/app.js", "/api/events?dyad=" + d,
        "/api/timeline?dyad=" + d + "&by=week", "/api/search?q=talks", "/api/actors", "/api/quotes?speaker=a", "/api/articles"));
    HttpResponse<String> first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/articles?limit=1")).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode items = ArticleJson.mapper().readTree(first.body()).get("items");
    if (items.size() > 0) {
      paths.add("/api/articles/" + items.get(0).get("key").asText());
    }
    return paths;
  }
}
