package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.dyad.store.Corpus;
import org.dyad.store.Queries;
import org.dyad.store.Slice;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the store's query commands share: {@code --store DIR} opened read-only, and their rows (or rows
 * read from {@code analyze} output instead) printed as a table or, with {@code --json}, as JSON lines.
 */
final class StoreQuery {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--json", description = "JSON lines instead of a table.")
  boolean json;

  /**
   * Runs a query on the store and prints its rows.
   *
   * @param table the table's columns (see {@link TextTable})
   * @param cells one table row's cells for a row of the query
   */
  <T> int print(Function<Queries, List<T>> query, TextTable table, Function<T, Object[]> cells) {
    print(query(query), table, cells);
    return 0;
  }

  /**
   * Runs a listing on the store and prints its page; says on standard error how many there are in all when
   * the page does not hold them (so a cut list never passes for a whole one).
   */
  <T> int printPage(Function<Queries, Slice<T>> query, String what, TextTable table, Function<T, Object[]> cells) {
    Slice<T> page = query(q -> List.of(query.apply(q))).get(0);
    print(page.items(), table, cells);
    if (page.total() > page.items().size()) {
      spec.commandLine().getErr().println("dyad: " + page.items().size() + " of " + page.total() + " " + what
          + " shown; --limit " + page.total() + " shows them all");
    }
    return 0;
  }

  /** Runs a query on the store, opened read-only for it. */
  <T> List<T> query(Function<Queries, List<T>> query) {
    try (Corpus corpus = Corpus.openReadOnly(store.dir)) {
      return query.apply(corpus.queries());
    }
  }

  /** Prints rows, from the store or read elsewhere, as a table or as JSON lines. */
  <T> void print(List<T> rows, TextTable table, Function<T, Object[]> cells) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonLines.print(out, rows);
    } else {
      rows.forEach(r -> table.row(cells.apply(r)));
      table.print(out);
    }
  }

  /** The store folder. */
  Path dir() {
    return store.dir;
  }
}
