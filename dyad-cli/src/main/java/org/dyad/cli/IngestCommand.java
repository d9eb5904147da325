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
import org.dyad.store.Corpus;
import org.dyad.store.Corpus.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad ingest}: analyses inputs into the embedded store; idempotent and resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Analyse inputs (files or folders) into the embedded store.",
        "Ingesting the same input again changes nothing; an interrupted ingest is finished by running it again."})
final class IngestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Article date for inputs that carry none.")
  LocalDate date;

  @Mixin
  DictionaryOptions dictionaries;

  @Mixin
  ThreadOptions threading;

  @Mixin
  NlpOptions nlp;

  @Option(names = {"-q", "--quiet"}, description = "No progress display and no summary of skipped records.")
  boolean quiet;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files or folders (walked recursively): pages, JSON lines, WARC, RSS/Atom, each optionally .gz; '-' for JSON lines on standard input.")
  List<Path> inputs;

  /** What '-' reads; tests replace it. */
  InputStream stdin = System.in;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PipelineConfig config = threading.apply(spec, PipelineConfig.DEFAULT);
    int threads = threading.threads(spec);
    try (Corpus corpus = Corpus.open(store.dir)) {
      VerbLexicon verbs = dictionaries.verbs(spec);
      Pipeline pipeline = Pipelines.standard(config, date, () -> nlp.annotator(verbs), dictionaries.dictionaries(spec, date), verbs);
      Ingestion ingest = new Ingestion(pipeline, corpus);
      InputRun run = new InputRun(err, quiet, stdin);
      run.read(inputs, pipeline, threads, (doc, a) -> {
        if (ingest.store(doc, a) == Outcome.FAILED) {
          run.messages().println("dyad: " + doc.origin() + ": no text; recorded in the store's failures with its reason");
        }
      });
      run.finish();
      err.println("dyad: " + ingest.summary() + "; store " + store.dir + " now holds " + corpus.counts());
      boolean nothing = ingest.count(Outcome.NEW) + ingest.count(Outcome.COPY) + ingest.count(Outcome.ALREADY_STORED) == 0;
      return nothing ? Main.NOTHING_PROCESSED : 0;
    }
  }
}
