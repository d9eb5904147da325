package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.eval.articles.ArticleExtractionEval;
import org.dyad.core.eval.articles.ArticleExtractionReport;
import org.dyad.core.eval.timex.TimexErrors;
import org.dyad.core.eval.timex.TimexEval;
import org.dyad.core.eval.timex.TimexReport;
import org.dyad.core.time.RuleDateNormalizer;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad eval SET --data DIR}: scores Dyad against gold data with the set's standard metric. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score Dyad on gold data: 'articles' (main-text extraction) or 'timex' (TempEval-3 dates).",
    subcommands = {EvalCommand.Articles.class, EvalCommand.Timex.class, EvalDedupCommand.class, EvalQuotesCommand.class,
        EventEvals.Events.class, EventEvals.Actors.class, EventEvals.Unittest.class, EvalPlacesCommand.class,
        EvalCorefCommand.class})
final class EvalCommand {
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
      ArticleExtractionEval eval = new ArticleExtractionEval(checkData(spec, data));
      ArticleExtractionReport report = eval.run(ArticleExtractionEval.standardSystems());
      PrintWriter out = spec.commandLine().getOut();
      out.println(report.toTable());
      out.flush();
      return 0;
    }
  }

  @Command(name = "timex", mixinStandardHelpOptions = true,
      description = "Time expressions on TempEval-3 TBAQ-cleaned: relaxed/strict span F1, type and value F1.")
  static final class Timex implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The timex-tempeval3 folder.")
    Path data;

    @Mixin
    EvalRunOptions run;

    @Override
    public Integer call() throws IOException {
      TimexEval eval = new TimexEval(checkData(spec, data));
      AnnotationCache nlp = run.annotations(() -> new CoreNlpAnnotator(CoreNlpConfig.DEFAULT.withParse(CoreNlpConfig.Parse.NONE)));
      RuleDateNormalizer normalizer = new RuleDateNormalizer();
      StringBuilder listing = new StringBuilder();
      TimexReport report = eval.evaluate((text, dct) -> dates(nlp, normalizer, text, dct),
          run.documents(), (doc, found) -> listing.append(TimexErrors.of(doc, found)));
      run.writeErrors(listing);
      PrintWriter out = spec.commandLine().getOut();
      out.println(report.toTable());
      out.flush();
      return 0;
    }

    private static List<DateMention> dates(AnnotationCache nlp, RuleDateNormalizer normalizer, String text, LocalDate dct) {
      CleanedArticle a = new CleanedArticle("eval", null, null, null, dct, null, text, "en", List.of());
      return normalizer.normalize(a, nlp.annotate(a));
    }
  }
}
