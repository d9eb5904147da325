package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.store.Corpus;
import org.dyad.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad search QUERY}: full-text search over stored articles and quotes. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Full-text search over stored articles and quotes (Lucene syntax: \"a phrase\", +must -not, title:word).")
final class SearchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
  String query;

  @Option(names = "--limit", defaultValue = "10", description = "At most this many hits. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--json", description = "JSON lines instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    try (Corpus corpus = Corpus.openReadOnly(store.dir)) {
      List<SearchHit> hits = corpus.queries().search(query, limit);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        JsonLines.print(out, hits);
        return 0;
      }
      TextTable t = new TextTable("kind:7", "article:12", "title:40", "passage:100");
      hits.forEach(h -> t.row(h.kind(), h.articleKey().substring(0, 12), h.title(), h.snippet()));
      t.print(out);
      return 0;
    }
  }
}
