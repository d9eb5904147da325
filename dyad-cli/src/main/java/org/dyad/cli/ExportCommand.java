package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.Corpus;
import org.dyad.store.Exporter;
import org.dyad.store.Exporter.Format;
import org.dyad.store.Exporter.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad export}: the store in formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the store: jsonl (whole articles as `dyad analyze` writes them), csv or parquet (one table),",
        "or gdelt (the GDELT 2.0 event table's 61 tab-separated columns, FIPS 10-4 country codes; negated, hypothetical and",
        "undated events left out and counted on standard error)."})
final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--format", required = true, description = "jsonl, csv, parquet or gdelt.")
  Format format;

  @Option(names = "--table", defaultValue = "events", description = "For csv and parquet: events, quotes, entities, articles, mentions or failures. Default: ${DEFAULT-VALUE}.")
  Table table;

  @Option(names = "--reviewed", description = "The events table as reviewed (csv or parquet): the analysts' corrections applied, "
      + "events judged wrong left out, a last column 'reviewed' (right, corrected, or empty).")
  boolean reviewed;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write.")
  Path output;

  @Override
  public Integer call() {
    try (Corpus corpus = Corpus.openReadOnly(store.dir)) {
      if (reviewed && table != Table.EVENTS) {
        throw new ParameterException(spec.commandLine(), "--reviewed writes the events table, not --table " + table.name().toLowerCase(java.util.Locale.ROOT));
      }
      Exporter.Written w;
      try {
        w = reviewed ? corpus.exporter().reviewedEvents(format, output) : corpus.exporter().export(format, table, output);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      spec.commandLine().getErr().println("dyad: wrote " + w.rows() + " row(s) to " + output
          + (w.leftOut().isEmpty() ? "" : "; left out " + String.join(" and ", w.leftOut())));
      return 0;
    }
  }
}
