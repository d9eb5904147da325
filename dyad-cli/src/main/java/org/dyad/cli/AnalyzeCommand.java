package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.pipeline.Stages;
import org.dyad.core.read.InputReader;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad analyze}: runs the pipeline over files and folders and writes JSON lines. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse .txt, .html/.htm and .jsonl inputs (files or folders) and write one JSON line per article.")
final class AnalyzeCommand implements Callable<Integer> {
  static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;

  @Spec
  CommandSpec spec;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Article date for inputs that carry none.")
  LocalDate date;

  @Option(names = "--stages", defaultValue = "all", paramLabel = "clean|all",
      description = "How far to go: 'clean' stops after cleaning and de-duplication (no models). Default: ${DEFAULT-VALUE}.")
  Stages stages;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSON lines here instead of standard output.")
  Path output;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actors in PETRARCH/TABARI .actors.txt format (codes by --date or undated).")
  Path actors;

  @Option(names = "--agents", paramLabel = "FILE", description = "Extra agents (role nouns) in PETRARCH/TABARI .agents.txt format.")
  Path agents;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (walked recursively).")
  List<Path> inputs;

  @Override
  public Integer call() {
    Pipeline pipeline = Pipelines.standard(PipelineConfig.DEFAULT.withStages(stages), date,
        () -> new CoreNlpAnnotator(CoreNlpConfig.DEFAULT), PetrarchFiles.dictionaries(spec, actors, agents, date));
    PrintWriter err = spec.commandLine().getErr();
    try (ArticleSink sink = new ArticleSink(output, err)) {
      new InputReader(MAX_INPUT_BYTES).read(inputs, doc -> sink.accept(pipeline.process(doc), doc.origin()));
      if (sink.withText() == 0) {
        err.println("dyad: nothing could be processed: no input had readable text (" + sink.written() + " record(s) written with their reasons)");
        return Main.NOTHING_PROCESSED;
      }
      err.println("dyad: " + sink.written() + " article(s) written, " + sink.withText() + " with text");
    }
    return 0;
  }
}
