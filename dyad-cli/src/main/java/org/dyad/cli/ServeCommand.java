package org.dyad.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dyad.store.Corpus;
import org.dyad.web.DyadServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad serve}: the web pages and the read-only API over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the pages (search, article, dyad timeline, speaker, actors) and the read-only API (/api/..., /openapi.json).",
        "Binds to 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE}.")
  int port;

  @Override
  public Integer call() throws InterruptedException {
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
    try (Corpus corpus = Corpus.openReadOnly(store.dir); DyadServer server = DyadServer.start(corpus, store.dir, host, port)) {
      spec.commandLine().getErr().println("dyad: serving " + store.dir + " at http://" + host + ":" + server.port() + "/ (Ctrl-C stops)");
      spec.commandLine().getErr().flush();
      stopped.await();
    } finally {
      closed.countDown();
    }
    return 0;
  }
}
