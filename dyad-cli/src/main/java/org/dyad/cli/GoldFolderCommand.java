package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.eval.run.EvalPipelines;
import org.dyad.eval.run.EvalResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** An evaluation over a gold folder with the shared options; it prints its result and writes its error listing. */
abstract class GoldFolderCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  EvalRunOptions run;

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "The set's folder (the description above names it; the team's shared eval folder holds them all).")
  Path data;

  /** Runs the evaluation over the checked folder, appending error lines to {@code listing}. */
  abstract EvalResult run(Path folder, StringBuilder listing) throws IOException;

  @Override
  public final Integer call() throws IOException {
    StringBuilder listing = new StringBuilder();
    EvalResult result = run(EvalCommand.checkData(spec, data), listing);
    run.writeErrors(listing);
    return EvalCommand.print(spec, result);
  }

  /** The pipeline of {@code dyad analyze}, CoreNLP behind the {@code --cache} folder. */
  Pipeline analyzePipeline() {
    return EvalPipelines.analyze(run.annotations(CoreNlpConfig.DEFAULT));
  }
}
