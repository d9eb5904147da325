package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dyad.core.entities.DictionaryEntityResolver;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.eval.coref.CorefDocument;
import org.dyad.eval.coref.CorefEval;
import org.dyad.eval.coref.CorefReport;
import org.dyad.eval.coref.CorefSetReader;
import org.dyad.eval.run.EvalResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad eval coref}: MUC, B-cubed and pairwise scores of Dyad's person links on a coreference set. */
@Command(name = "coref", mixinStandardHelpOptions = true,
    description = "Within-article person coreference (names, surnames, role nouns, he/she) on Dyad's own development set "
        + "or a file in the same bracketed format: MUC, B-cubed and pairwise P/R/F1.")
final class EvalCorefCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--set", paramLabel = "FILE", description = "A set in the bracketed format (default: the bundled development set).")
  Path set;

  @Option(names = "--trace", paramLabel = "FILE", description = "Write each gold mention with its chain and Dyad's person.")
  Path trace;

  @Override
  public Integer call() throws IOException {
    List<CorefDocument> docs = set == null ? CorefSetReader.dev() : read(set);
    NlpAnnotator nlp = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT);
    if (trace == null) {
      return EvalCommand.print(spec, result(docs, nlp, line -> { }));
    }
    try (PrintWriter t = new PrintWriter(Files.newBufferedWriter(trace, StandardCharsets.UTF_8))) {
      return EvalCommand.print(spec, result(docs, nlp, t::println));
    }
  }

  /** The set scored with the given annotator; {@code trace} gets each gold mention with Dyad's person. */
  static EvalResult result(List<CorefDocument> docs, NlpAnnotator nlp, Consumer<String> trace) {
    CorefReport report = new CorefEval(nlp, new DictionaryEntityResolver()).run(docs, trace);
    return EvalResult.whole(report.toTable(), report.figures(), report.documents());
  }

  private static List<CorefDocument> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CorefSetReader.read(r);
    }
  }
}
