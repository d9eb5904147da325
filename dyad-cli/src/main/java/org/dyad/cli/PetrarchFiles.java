package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.entities.AgentEntry;
import org.dyad.core.entities.EntityDictionaries;
import org.dyad.core.entities.petrarch.PetrarchAgentReader;
import org.dyad.core.entities.petrarch.PetrarchDictionaryReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Dyad's entity dictionaries with a user's PETRARCH/TABARI actor and agent files added (either may be
 * null). The files are read leniently: an unreadable line is skipped and named on standard error.
 */
final class PetrarchFiles {
  private PetrarchFiles() {}

  static EntityDictionaries dictionaries(CommandSpec spec, Path actors, Path agents, LocalDate date) {
    if (actors == null && agents == null) {
      return EntityDictionaries.standard();
    }
    try {
      List<org.dyad.core.entities.ActorEntry> a = List.of();
      List<AgentEntry> g = List.of();
      if (actors != null) {
        try (java.io.Reader r = reader(spec, actors)) {
          a = PetrarchDictionaryReader.readActors(r, actors.toString(), skipped(spec)).entriesOn(date);
        }
      }
      if (agents != null) {
        try (java.io.Reader r = reader(spec, agents)) {
          g = PetrarchAgentReader.read(r, agents.toString(), skipped(spec));
        }
      }
      return EntityDictionaries.standard().with(a, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A user's PETRARCH/TABARI verb dictionary, read leniently. */
  static org.dyad.core.events.petrarch.PetrarchVerbs verbs(CommandSpec spec, Path verbs) {
    try (java.io.Reader r = reader(spec, verbs.toString().endsWith(".gz") ? null : verbs, verbs)) {
      return org.dyad.core.events.petrarch.PetrarchVerbReader.read(r, verbs.toString(), skipped(spec));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines a curated dictionary gets wrong are skipped, each named on standard error. */
  static java.util.function.Consumer<String> skipped(CommandSpec spec) {
    return problem -> spec.commandLine().getErr().println("dyad: skipped " + problem);
  }

  /** A plain or gzipped file ({@code CAMEO.2.0.txt.gz}). */
  private static java.io.Reader reader(CommandSpec spec, Path plain, Path p) throws IOException {
    if (plain != null) {
      return reader(spec, plain);
    }
    if (!Files.isRegularFile(p)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + p);
    }
    return new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(Files.newInputStream(p)), StandardCharsets.UTF_8);
  }

  private static java.io.Reader reader(CommandSpec spec, Path p) throws IOException {
    if (!Files.isRegularFile(p)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + p);
    }
    return Files.newBufferedReader(p, StandardCharsets.UTF_8);
  }
}
