package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.entities.DictionaryEntityResolver;
import org.dyad.eval.quotes.ErrorListing;
import org.dyad.eval.quotes.QuoteEval;
import org.dyad.eval.quotes.QuoteReport;
import org.dyad.eval.quotes.Setting;
import org.dyad.core.quotes.ParseQuoteAttributor;
import org.dyad.core.time.RuleDateNormalizer;
import org.dyad.corenlp.CoreNlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad eval quotes --data DIR}: quote attribution on PolNeAR. Each raw text goes through
 * CoreNLP, the entity resolver, the date normaliser and the quote attributor, without the cleaner, so
 * that offsets stay those of the gold.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Quote attribution on PolNeAR: content P/R/F1 at overlap 0.3 and 0.8 (direct quotes and all attributions), speaker accuracy on matched pairs.")
final class EvalQuotesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The quotes-polnear folder (dev_gold.jsonl.gz).")
  Path data;

  @Mixin
  EvalRunOptions run;

  private AnnotationCache annotations;

  @Override
  public Integer call() throws IOException {
    QuoteEval eval = new QuoteEval(EvalCommand.checkData(spec, data));
    StringBuilder listing = new StringBuilder();
    QuoteReport report = eval.evaluate(this::quotes, run.documents(),
        (doc, predicted) -> listing.append(ErrorListing.of(doc, predicted, Setting.ALL_03)));
    run.writeErrors(listing);
    PrintWriter out = spec.commandLine().getOut();
    out.println(report.toTable());
    out.flush();
    return 0;
  }

  private List<Quote> quotes(String text, LocalDate date) {
    CleanedArticle a = new CleanedArticle("eval", null, null, null, date, null, text, "en", List.of());
    Annotation ann = annotate(a);
    List<EntityMention> ents = new DictionaryEntityResolver().resolve(a, ann);
    List<DateMention> dates = new RuleDateNormalizer().normalize(a, ann);
    return new ParseQuoteAttributor().attribute(a, ann, ents, dates);
  }

  private Annotation annotate(CleanedArticle a) {
    if (annotations == null) {
      annotations = run.annotations(() -> new CoreNlpAnnotator(CoreNlpConfig.DEFAULT));
    }
    return annotations.annotate(a);
  }
}
