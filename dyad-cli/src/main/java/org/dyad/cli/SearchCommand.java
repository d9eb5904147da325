package org.dyad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad search QUERY}: full-text search over stored articles and quotes. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Full-text search over stored articles and quotes (Lucene syntax: \"a phrase\", +must -not, title:word).")
final class SearchCommand implements Callable<Integer> {
  @Mixin
  StoreQuery store;

  @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
  String query;

  @Option(names = "--limit", defaultValue = "10", description = "At most this many hits. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Override
  public Integer call() {
    return store.printPage(q -> q.search(query, 0, limit), "hits", new TextTable("kind:7", "article:12", "title:40", "passage:100"),
        h -> new Object[] {h.kind(), h.articleKey().substring(0, 12), h.title(), h.snippet()});
  }
}
