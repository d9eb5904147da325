package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.core.clean.ArticleCleaner;
import org.dyad.core.clean.Cleaner;
import org.dyad.core.clean.OptimaizeLanguageGuesser;
import org.dyad.core.clean.html.JsoupHtmlExtractor;
import org.dyad.eval.dedup.DedupEval;
import org.dyad.eval.dedup.DedupReport;
import org.dyad.eval.dedup.DuplicateSet;
import org.dyad.core.pipeline.PipelineConfig;
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

  @Option(names = "--seed", defaultValue = "20261129", description = "Seed of the edits and the order. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() {
    Cleaner cleaner = new ArticleCleaner(new JsoupHtmlExtractor(), new OptimaizeLanguageGuesser(), SampleCorpus.FETCH_DATE);
    DuplicateSet set = DuplicateSet.build(SampleCorpus.read(), cleaner, KNOWN_COPIES, seed);
    DedupReport report = new DedupEval(cleaner, PipelineConfig.DEFAULT.duplicateThreshold()).run(set);
    PrintWriter out = spec.commandLine().getOut();
    out.println(report.toTable());
    out.flush();
    return 0;
  }
}
