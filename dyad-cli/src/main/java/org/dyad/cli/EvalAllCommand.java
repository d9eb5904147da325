package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.eval.coref.CorefSetReader;
import org.dyad.eval.events.GoldSentence;
import org.dyad.eval.events.GsrEval;
import org.dyad.eval.plv.PlvEval;
import org.dyad.eval.quotes.QuoteEval;
import org.dyad.eval.results.Goals;
import org.dyad.eval.results.ResultsPage;
import org.dyad.eval.run.AnnotationCache;
import org.dyad.eval.run.EvalPipelines;
import org.dyad.eval.run.EvalResult;
import org.dyad.eval.run.Selection;
import org.dyad.eval.timex.TimexEval;
import org.dyad.model.AnalyzedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad eval all --data DIR}: every evaluation, each as its own command runs it (the split sets
 * with their halves side by side), into one table of current figures, {@code docs/RESULTS.md}.
 */
@Command(name = "all", mixinStandardHelpOptions = true,
    description = "Run every evaluation and write one table (metric, data and half, development or unseen, figure, goal, "
        + "command, date) to docs/RESULTS.md.")
final class EvalAllCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The folder holding every evaluation set (the team's shared eval folder).")
  Path data;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep CoreNLP annotations in DIR and reuse them on later runs (keyed by text, article date, settings and CoreNLP version).")
  Path cache;

  @Option(names = {"-o", "--output"}, defaultValue = "docs/RESULTS.md", paramLabel = "FILE", description = "Where the page goes. Default: ${DEFAULT-VALUE}.")
  Path output;

  private PrintWriter err;
  private long started;

  @Override
  public Integer call() throws IOException {
    EvalCommand.checkData(spec, data);
    err = spec.commandLine().getErr();
    started = System.nanoTime();
    AnnotationCache nlp = EvalPipelines.annotator(cache, CoreNlpConfig.DEFAULT);
    ResultsPage page = new ResultsPage(Goals.standard(), LocalDate.now());
    String at = "--data " + data;
    Selection all = Selection.SIDE_BY_SIDE;
    List<GoldSentence> gsr = GsrEval.sentences(data.resolve("events-petrarch"), all);
    Map<String, AnalyzedArticle> gsrAnalyses = GsrEval.analyze(gsr, EvalPipelines.analyze(nlp), EvalPipelines.threads());
    add(page, "events", "GSR dev (events-petrarch/gsr_dev.jsonl)", "dyad eval events " + at + "/events-petrarch",
        GsrEval.events(all, gsr, gsrAnalyses, line -> { }));
    add(page, "actors", "GSR dev (events-petrarch/gsr_dev.jsonl)", "dyad eval actors " + at + "/events-petrarch",
        GsrEval.actors(all, gsr, gsrAnalyses, line -> { }));
    add(page, "plv", "PLV dev (events-plv/plv_dev.tsv)", "dyad eval plv " + at + "/events-plv",
        new PlvEval(data.resolve("events-plv")).run(all, EvalPipelines.analyze(nlp), EvalPipelines.threads(), line -> { }));
    add(page, "quotes", "PolNeAR dev (quotes-polnear)", "dyad eval quotes " + at + "/quotes-polnear",
        new QuoteEval(data.resolve("quotes-polnear")).run(all, EvalPipelines.analyze(nlp), EvalPipelines.threads(), (d, p) -> { }));
    add(page, "timex", "TempEval-3 TBAQ-cleaned (timex-tempeval3)", "dyad eval timex " + at + "/timex-tempeval3",
        new TimexEval(data.resolve("timex-tempeval3")).run(all, EvalPipelines.annotator(cache, CoreNlpConfig.DEFAULT.withParse(CoreNlpConfig.Parse.NONE)),
            (d, f) -> { }));
    add(page, "petrarch-unittest", "PETRARCH unit-test records with their own dictionaries",
        "dyad eval petrarch-unittest " + at + "/events-petrarch",
        EventEvals.Unittest.result(spec, data.resolve("events-petrarch"), 0, false, nlp, line -> { }));
    add(page, "coref", "Dyad's own person coreference set (coref-dev.txt)", "dyad eval coref",
        EvalCorefCommand.result(CorefSetReader.dev(), nlp, line -> { }));
    add(page, "places", "Dyad's own geocoding set (places-gold.tsv)", "dyad eval places", EvalPlacesCommand.result(() -> nlp));
    add(page, "articles", "article-extraction benchmark", "dyad eval articles " + at + "/article-extraction",
        EvalCommand.Articles.result(data.resolve("article-extraction")));
    add(page, "dedup", "edited copies of the sample corpus (seed " + EvalDedupCommand.SEED + ")", "dyad eval dedup",
        EvalDedupCommand.result(EvalDedupCommand.SEED));
    String markdown = page.markdown("dyad eval all " + at + (cache == null ? "" : " --cache DIR"),
        CoreNlpAnnotator.signature(CoreNlpConfig.DEFAULT));
    Files.writeString(output, markdown, StandardCharsets.UTF_8);
    PrintWriter out = spec.commandLine().getOut();
    out.print(markdown);
    out.flush();
    err.println("dyad: " + page.rows().size() + " figures written to " + output);
    return 0;
  }

  private void add(ResultsPage page, String eval, String set, String command, EvalResult result) {
    page.add(eval, set, command, result);
    err.printf("dyad: %s done (%d s)%n", eval, (System.nanoTime() - started) / 1_000_000_000L);
    err.flush();
  }
}
