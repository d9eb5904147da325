package org.dyad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that read or write the embedded store. */
final class StoreOption {
  static final String DEFAULT = "dyad-data";

  @Option(names = "--store", defaultValue = DEFAULT, paramLabel = "DIR",
      description = "The embedded store (DuckDB + Lucene) folder. Default: ${DEFAULT-VALUE}.")
  Path dir;
}
