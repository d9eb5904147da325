package org.dyad.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dyad.store.Corpus;
import org.dyad.web.DyadServer;
import org.dyad.web.ReviewAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad serve}: the web pages, the API and the review page over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the pages (search, article, dyad timeline, speaker, actors, review) and the API (/api/..., /openapi.json).",
        "Binds to 127.0.0.1 unless --host says otherwise. Review writes need the token printed at start (or --review-token);",
        "--read-only takes none. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--read-only", description = "Take no review writes, and open the store read-only (other read-only "
      + "processes, such as 'dyad events', may read it meanwhile).")
  boolean readOnly;

  @Option(names = "--review-token", paramLabel = "TOKEN", description = "The token a review write must carry (X-Dyad-Token header). "
      + "Default: a new random one each start, printed and written to STORE/" + ReviewToken.FILE + " (owner-only).")
  String reviewToken;

  @Override
  public Integer call() throws InterruptedException, IOException {
    if (readOnly && reviewToken != null) {
      throw new ParameterException(spec.commandLine(), "--review-token and --read-only: a read-only server takes no reviews");
    }
    ReviewAccess access = readOnly ? ReviewAccess.READ_ONLY : ReviewToken.access(spec, reviewToken);
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopped.countDown();
      try {
        closed.await(5, TimeUnit.SECONDS); // let the server and the store close before the JVM goes
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    try (Corpus corpus = readOnly ? Corpus.openReadOnly(store.dir) : ReviewToken.openExisting(store.dir);
        DyadServer server = DyadServer.start(corpus, store.dir, host, port, access)) {
      if (access.writable()) {
        ReviewToken.publish(spec, store.dir, access);
      }
      spec.commandLine().getErr().println("dyad: serving " + store.dir + " at http://" + host + ":" + server.port() + "/ (Ctrl-C stops)"
          + (access.writable() ? "; reviews at /review.html" : "; read-only"));
      spec.commandLine().getErr().flush();
      stopped.await();
    } finally {
      closed.countDown();
    }
    return 0;
  }
}
