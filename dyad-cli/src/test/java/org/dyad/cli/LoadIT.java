package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;
import org.dyad.store.Corpus;
import org.dyad.web.DyadServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load test in its short form: 20 clients for 3 s against pages and API, no errors. */
class LoadIT {
  @TempDir
  Path dir;

  @Test
  void theServerAnswersEveryRequestUnderConcurrentLoad() throws Exception {
    try (Corpus corpus = Corpus.open(dir)) {
      for (int i = 0; i < 40; i++) {
        String text = "Kabul, day " + i + ". Afghan officials met a Russian delegation to discuss wheat shipment number " + i + ".";
        corpus.add(new AnalyzedArticle("a" + i, null, "Wire", "Talks " + i, LocalDate.of(2021, 8, 1 + i % 28), null, text, null,
            List.of(), List.of(), List.of(), List.of(new Event(new ActorRef("Afghan officials", "AFGGOV"),
                new ActorRef("Russian delegation", "RUSGOV"), "040", "04", 1, 1.0, "CONSULT", null, "article", "asserted", 0, text.length())),
            List.of()), "a" + i + ".txt");
      }
      corpus.flush();
    }
    try (Corpus corpus = Corpus.openReadOnly(dir); DyadServer server = DyadServer.start(corpus, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      List<String> paths = List.of("/", "/dyad.html", "/api/events?dyad=AFG%3ARUS", "/api/timeline?dyad=AFG%3ARUS&by=week",
          "/api/search?q=wheat", "/api/actors", "/api/articles");
      List<LoadTest.PathStats> stats = new LoadTest(base, paths).run(20, 3);
      StringWriter table = new StringWriter();
      LoadTest.print(new PrintWriter(table), stats, 3);
      long requests = stats.stream().mapToLong(s -> s.micros.size()).sum();
      assertEquals(0, stats.stream().mapToLong(s -> s.errors.get()).sum(), table.toString());
      assertTrue(requests >= paths.size(), "every path was asked at least once:\n" + table);
    }
  }
}
