package org.dyad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.core.entities.EntityDictionaries;
import org.dyad.core.events.VerbDictionary;
import org.dyad.core.events.VerbLexicon;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --actors} and {@code --agents}: a user's PETRARCH/TABARI dictionaries added to Dyad's own;
 * {@code --verbs}: a PETRARCH/TABARI verb dictionary in place of Dyad's verb patterns.
 */
final class DictionaryOptions {
  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actors in PETRARCH/TABARI .actors.txt format (codes by --date or undated).")
  Path actors;

  @Option(names = "--agents", paramLabel = "FILE", description = "Extra agents (role nouns) in PETRARCH/TABARI .agents.txt format.")
  Path agents;

  @Option(names = "--verbs", paramLabel = "FILE", description = "Code action verbs with this PETRARCH/TABARI verb dictionary (CAMEO.verbpatterns format) instead of Dyad's own verb patterns.")
  Path verbs;

  /** Dyad's verb patterns, or the user's PETRARCH verb dictionary. */
  VerbLexicon verbs(CommandSpec spec) {
    return verbs == null ? VerbDictionary.standard() : PetrarchFiles.verbs(spec, verbs);
  }

  EntityDictionaries dictionaries(CommandSpec spec, LocalDate date) {
    return PetrarchFiles.dictionaries(spec, actors, agents, date);
  }
}
