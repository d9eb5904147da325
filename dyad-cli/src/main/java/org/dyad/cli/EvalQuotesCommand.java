package org.dyad.cli;

import java.nio.file.Path;
import org.dyad.eval.quotes.ErrorListing;
import org.dyad.eval.quotes.QuoteEval;
import org.dyad.eval.quotes.Setting;
import org.dyad.eval.run.EvalPipelines;
import org.dyad.eval.run.EvalResult;
import picocli.CommandLine.Command;

/**
 * {@code dyad eval quotes --data DIR}: quote attribution on PolNeAR. Each article goes through the
 * pipeline of {@code dyad analyze} (cleaner included) as a JSON line; the quotes are moved from the
 * cleaned text back into the gold's offsets to be scored.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Quote attribution on PolNeAR through the pipeline of 'dyad analyze': content P/R/F1 at overlap 0.3 and 0.8 "
        + "(direct quotes and all attributions), speaker accuracy on matched pairs (split key: the article id); folder: quotes-polnear.")
final class EvalQuotesCommand extends GoldFolderCommand {
  @Override
  EvalResult run(Path folder, StringBuilder listing) {
    return new QuoteEval(folder).run(run.selection(), analyzePipeline(), EvalPipelines.threads(),
        (doc, predicted) -> listing.append(ErrorListing.of(doc, predicted, Setting.ALL_03)));
  }
}
