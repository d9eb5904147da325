package org.dyad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.core.entities.EntityDictionaries;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --actors} and {@code --agents}: a user's PETRARCH/TABARI dictionaries added to Dyad's own. */
final class DictionaryOptions {
  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actors in PETRARCH/TABARI .actors.txt format (codes by --date or undated).")
  Path actors;

  @Option(names = "--agents", paramLabel = "FILE", description = "Extra agents (role nouns) in PETRARCH/TABARI .agents.txt format.")
  Path agents;

  EntityDictionaries dictionaries(CommandSpec spec, LocalDate date) {
    return PetrarchFiles.dictionaries(spec, actors, agents, date);
  }
}
