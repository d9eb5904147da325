package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.dyad.eval.plv.PlvEval;
import org.dyad.eval.run.EvalPipelines;
import org.dyad.eval.run.EvalResult;
import picocli.CommandLine.Command;

/** {@code dyad eval plv --data DIR}: PLOVER relations on the PLV development split, as its README scores them. */
@Command(name = "plv", mixinStandardHelpOptions = true,
    description = "PLOVER root categories on PLV (plv_dev.tsv) through the pipeline of 'dyad analyze': link recall, root accuracy "
        + "on linked items, end-to-end recall, root in sentence, end-to-end recall per category (split key: the sentence); folder: events-plv; "
        + "--errors lists the items without a linking event of the gold root.")
final class EvalPlvCommand extends GoldFolderCommand {
  @Override
  EvalResult run(Path folder, StringBuilder listing) throws IOException {
    return new PlvEval(folder).run(run.selection(), analyzePipeline(), EvalPipelines.threads(),
        line -> listing.append(line).append('\n'));
  }
}
