package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dyad.core.entities.AgentEntry;
import org.dyad.core.entities.EntityDictionaries;
import org.dyad.core.entities.petrarch.PetrarchAgentReader;
import org.dyad.core.entities.petrarch.PhoenixAgentConverter;
import org.dyad.lexicon.ActorSenses;
import org.dyad.core.entities.petrarch.PetrarchActors;
import org.dyad.core.entities.petrarch.PetrarchDictionaryReader;
import org.dyad.core.entities.petrarch.PhoenixConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad convert phoenix}: the facts of the Phoenix actor dictionaries as Dyad's actor table
 * (the file shipped in dyad-core's resources, see NOTICE), with WordNet telling common words;
 * {@code dyad convert phoenix-agents}: the Phoenix agent dictionary as Dyad's role table, with WordNet
 * keeping the nouns that denote people and groups.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Converts the Phoenix dictionaries (PETRARCH2, MIT) into Dyad's tables:",
        "convert phoenix --data DIR -o FILE.tsv.gz (actors), convert phoenix-agents --data DIR -o FILE.tsv (agent nouns)"})
final class ConvertCommand implements Callable<Integer> {
  static final List<String> FILES = List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
      "Phoenix.MilNonState.actors.txt");

  @Spec
  CommandSpec spec;

  static final String AGENTS = "Phoenix.agents.txt";

  @picocli.CommandLine.Parameters(index = "0", description = "What to convert: phoenix (actors) or phoenix-agents.")
  String what;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The folder with the Phoenix .actors.txt files (plain or .gz).")
  Path data;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The table to write (.gz: gzipped).")
  Path output;

  @Option(names = "--dropped", paramLabel = "FILE", description = "Also list each phrase left out and why.")
  Path droppedFile;

  @Override
  public Integer call() throws IOException {
    if (what.equals("phoenix-agents")) {
      return agents();
    }
    if (!what.equals("phoenix")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "only 'phoenix' and 'phoenix-agents' can be converted");
    }
    List<PetrarchActors> sources = new ArrayList<>();
    for (String f : FILES) {
      try (Reader r = open(f)) {
        sources.add(PetrarchDictionaryReader.readActors(r, f, PetrarchFiles.skipped(spec), false));
      }
    }
    List<String> dropped = new ArrayList<>();
    List<PhoenixConverter.Row> rows = new PhoenixConverter(EntityDictionaries.own(), new WordNetWords())
        .convert(sources, dropped::add);
    List<String> provenance = List.of(
        "Facts (names, aliases, actor codes and their dates) converted from the Phoenix actor dictionaries of",
        "PETRARCH2 (" + String.join(", ", FILES) + "), Copyright (c) 2014 Open Event Data Alliance,",
        "MIT license (see NOTICE at the repository root). Written by `dyad convert phoenix`; do not edit by hand.",
        "codes: CODE or CODE@FROM..TO (ISO dates, inclusive, either end open), separated by |");
    return written("actors", rows.size(), dropped, w -> PhoenixConverter.write(rows, provenance, w));
  }

  private int agents() throws IOException {
    List<AgentEntry> agents;
    try (Reader r = open(AGENTS)) {
      agents = PetrarchAgentReader.read(r, AGENTS, PetrarchFiles.skipped(spec));
    }
    ActorSenses wordnet = ActorSenses.wordNet31();
    List<String> dropped = new ArrayList<>();
    List<PhoenixAgentConverter.Row> rows = new PhoenixAgentConverter(EntityDictionaries.own(), phrase -> {
      ActorSenses.Reading r = wordnet.read(phrase);
      return r == null ? null
          : new PhoenixAgentConverter.Reading(r.kind() == ActorSenses.Kind.PERSON, r.plural(), r.alsoAName(), r.singular());
    }).convert(agents, dropped::add);
    List<String> provenance = List.of(
        "Agent nouns and the roles they take, converted from the Phoenix agent dictionary of PETRARCH2 (" + AGENTS + "),",
        "Copyright (c) 2014 Open Event Data Alliance, MIT license (see NOTICE at the repository root); kept only where",
        "WordNet 3.1's first sense of the noun (or of its head word) is a person or a social group.",
        "Written by `dyad convert phoenix-agents`; do not edit by hand (roles.tsv, Dyad's own, wins over it).");
    return written("agent nouns", rows.size(), dropped, w -> PhoenixAgentConverter.write(rows, provenance, w));
  }

  /** A table's text written to {@link #output}. */
  private interface Table {
    void write(Writer w) throws IOException;
  }

  /** Writes the table, the phrases left out if asked, and a line saying how many of each. */
  private int written(String what, int rows, List<String> dropped, Table table) throws IOException {
    try (Writer w = writer(output)) {
      table.write(w);
    }
    if (droppedFile != null) {
      Files.write(droppedFile, dropped, StandardCharsets.UTF_8);
    }
    spec.commandLine().getOut().printf("%d %s written to %s; %d phrases left out%n", rows, what, output, dropped.size());
    return 0;
  }

  private Reader open(String name) throws IOException {
    Path plain = data.resolve(name);
    Path gz = data.resolve(name + ".gz");
    InputStream in = Files.isRegularFile(plain) ? Files.newInputStream(plain)
        : Files.isRegularFile(gz) ? new GZIPInputStream(Files.newInputStream(gz)) : null;
    if (in == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no " + name + "(.gz) in " + data);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static Writer writer(Path p) throws IOException {
    java.io.OutputStream out = Files.newOutputStream(p);
    return new java.io.OutputStreamWriter(p.toString().endsWith(".gz") ? new GZIPOutputStream(out) : out,
        StandardCharsets.UTF_8);
  }
}
