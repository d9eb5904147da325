package org.dyad.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.core.clean.ArticleCleaner;
import org.dyad.core.clean.Cleaner;
import org.dyad.core.clean.OptimaizeLanguageGuesser;
import org.dyad.core.clean.html.JsoupHtmlExtractor;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.eval.dedup.DedupEval;
import org.dyad.eval.dedup.DedupReport;
import org.dyad.eval.dedup.DuplicateSet;
import org.dyad.eval.run.EvalResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad eval dedup}: duplicate-pair precision and recall on edited copies of the bundled sample corpus. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
    description = "Near-duplicate detection on a set built from the bundled sample corpus: each article plus edited copies "
        + "(furniture, reordered paragraphs, a dropped sentence, another headline, spacing); precision, recall and F1 of duplicate pairs.")
final class EvalDedupCommand implements Callable<Integer> {
  /** The copy already in the sample corpus (see its README): sample 10 syndicates sample 03. */
  static final Map<String, String> KNOWN_COPIES = Map.of(
      "10-syndicated-kabul-airport-isis-threat.txt", "03-reuters-kabul-airport-isis-threat.txt");

  @Spec
  CommandSpec spec;

  /** The seed of the published figures. */
  static final long SEED = 20261129;

  @Option(names = "--seed", defaultValue = "" + SEED, description = "Seed of the edits and the order. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() {
    return EvalCommand.print(spec, result(seed));
  }

  /** The evaluation with the edits and order of {@code seed}. */
  static EvalResult result(long seed) {
    Cleaner cleaner = new ArticleCleaner(new JsoupHtmlExtractor(), new OptimaizeLanguageGuesser(), SampleCorpus.FETCH_DATE);
    DuplicateSet set = DuplicateSet.build(SampleCorpus.read(), cleaner, KNOWN_COPIES, seed);
    DedupReport report = new DedupEval(cleaner, PipelineConfig.DEFAULT.duplicateThreshold()).run(set);
    return EvalResult.whole(report.toTable(), report.figures(), report.documents());
  }
}
