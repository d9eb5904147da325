package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.eval.articles.ArticleExtractionEval;
import org.dyad.eval.articles.ArticleExtractionReport;
import org.dyad.eval.run.EvalResult;
import org.dyad.eval.timex.TimexErrors;
import org.dyad.eval.timex.TimexEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad eval SET --data DIR}: scores Dyad against gold data with the set's standard metric. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score Dyad on gold data; the event, actor, quote and PLV evaluations run the pipeline of 'dyad analyze'.",
    subcommands = {EvalCommand.Articles.class, EvalCommand.Timex.class, EvalDedupCommand.class, EvalQuotesCommand.class,
        EventEvals.Events.class, EventEvals.Actors.class, EventEvals.Unittest.class, EvalPlacesCommand.class,
        EvalCorefCommand.class, EvalPlvCommand.class, EvalGoldCommand.class, EvalAllCommand.class})
final class EvalCommand {
  /** Prints an evaluation's table (and its halves side by side) to the command's output. */
  static int print(CommandSpec spec, EvalResult result) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(result.text());
    out.flush();
    return 0;
  }

  static Path checkData(CommandSpec spec, Path data) {
    if (!Files.isDirectory(data)) {
      throw new ParameterException(spec.commandLine(), "--data: no such folder: " + data);
    }
    return data;
  }

  @Command(name = "articles", mixinStandardHelpOptions = true,
      description = "Main-text extraction on the article-extraction benchmark (4-gram shingle P/R/F1), with readability4j as the baseline in the same run.")
  static final class Articles implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder with html/ and ground-truth.json.gz.")
    Path data;

    @Override
    public Integer call() throws Exception {
      return print(spec, result(checkData(spec, data)));
    }

    /** Dyad and the baseline on every page of the benchmark in {@code data}. */
    static EvalResult result(Path data) throws IOException {
      ArticleExtractionReport report = new ArticleExtractionEval(data).run(ArticleExtractionEval.standardSystems());
      return EvalResult.whole(report.toTable(), report.figures(), report.pages());
    }
  }

  @Command(name = "timex", mixinStandardHelpOptions = true,
      description = "Time expressions on TempEval-3 TBAQ-cleaned: relaxed/strict span F1, type and value F1 (split key: the document name); folder: timex-tempeval3.")
  static final class Timex extends GoldFolderCommand {
    @Override
    EvalResult run(Path folder, StringBuilder listing) {
      return new TimexEval(folder).run(run.selection(), run.annotations(CoreNlpConfig.DEFAULT.withParse(CoreNlpConfig.Parse.NONE)),
          (doc, found) -> listing.append(TimexErrors.of(doc, found)));
    }
  }
}
