package org.dyad.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.events.VerbLexicon;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad analyze}: runs the pipeline over files and folders and writes JSON lines. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse pages (.txt, .html), JSON lines (.jsonl), WARC archives (.warc) and RSS/Atom feeds (.rss, .atom, .xml), "
        + "each optionally .gz, given as files or folders, and write one JSON line per article. '-' reads JSON lines from standard input.")
final class AnalyzeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Article date for inputs that carry none.")
  LocalDate date;

  @Option(names = "--stages", defaultValue = "all", paramLabel = "clean|all",
      description = "How far to go: 'clean' stops after cleaning and de-duplication (no models). Default: ${DEFAULT-VALUE}.")
  Stages stages;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSON lines here instead of standard output.")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "No progress display and no summary of skipped records.")
  boolean quiet;

  @Mixin
  DictionaryOptions dictionaries;

  @Mixin
  ThreadOptions threading;

  @Mixin
  NlpOptions nlp;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (walked recursively); '-' for JSON lines on standard input.")
  List<Path> inputs;

  /** What '-' reads; tests replace it. */
  InputStream stdin = System.in;

  @Override
  public Integer call() {
    VerbLexicon verbs = dictionaries.verbs(spec);
    Pipeline pipeline = Pipelines.standard(threading.apply(spec, PipelineConfig.DEFAULT.withStages(stages)), date,
        () -> nlp.annotator(verbs), dictionaries.dictionaries(spec, date), verbs);
    PrintWriter err = spec.commandLine().getErr();
    InputRun run = new InputRun(err, quiet, stdin);
    try (ArticleSink sink = new ArticleSink(output, run.messages())) {
      run.read(inputs, pipeline, threading.threads(spec), (doc, a) -> sink.accept(a, doc.origin()));
      run.finish();
      if (sink.withText() == 0) {
        err.println("dyad: nothing could be processed: no input had readable text (" + sink.written() + " record(s) written with their reasons)");
        return Main.NOTHING_PROCESSED;
      }
      err.println("dyad: " + sink.written() + " article(s) written, " + sink.withText() + " with text");
    }
    return 0;
  }
}
