package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.store.ActorRow;
import org.dyad.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad actors}: the people, organisations and countries of the corpus, with mention counts and titles. */
@Command(name = "actors", aliases = "entities", mixinStandardHelpOptions = true,
    description = "Entities across the stored corpus: one id per person, organisation or country, with mention counts, actor codes and titles seen.")
final class ActorsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--type", description = "PERSON, ORGANIZATION, COUNTRY, LOCATION or GROUP.")
  String type;

  @Option(names = "--limit", defaultValue = "30", description = "At most this many. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--json", description = "JSON lines instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    try (Corpus corpus = Corpus.openReadOnly(store.dir)) {
      List<ActorRow> rows = corpus.queries().actors(type, limit);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        JsonLines.print(out, rows);
        return 0;
      }
      TextTable t = new TextTable("entity:36", "type:12", "actor:8", "mentions:8", "articles:8", "titles:60");
      rows.forEach(r -> t.row(r.entityId(), r.type(), r.actor(), r.mentions(), r.articles(), String.join("; ", r.titles())));
      t.print(out);
      return 0;
    }
  }
}
