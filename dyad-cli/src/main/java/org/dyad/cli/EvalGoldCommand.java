package org.dyad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.eval.events.GoldReader;
import org.dyad.eval.events.GoldSentence;
import org.dyad.eval.events.GsrEval;
import org.dyad.eval.run.EvalPipelines;
import org.dyad.eval.run.Selection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dyad eval gold --gold FILE}: CAMEO events on any gold file in the PETRARCH JSON-lines format, such as the
 * analysts' judgements that {@code dyad review export} writes, scored as {@code dyad eval events} scores its gold.
 */
@Command(name = "gold", mixinStandardHelpOptions = true,
    description = {"CAMEO events on a gold file in the PETRARCH JSON-lines format (as 'dyad review export' writes it) through the",
        "pipeline of 'dyad analyze', each sentence alone with its date: micro P/R/F1 exact and relaxed, as 'dyad eval events'."})
final class EvalGoldCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold JSON lines (id, date, text, events, noevents).")
  Path gold;

  @Mixin
  HalfOption half;

  @Option(names = "--limit", defaultValue = "0", description = "Score only the first N sentences (0 = all).")
  int limit;

  @Option(names = "--diagnostics", paramLabel = "FILE", description = "Write one line per sentence (gold and Dyad's answer) here.")
  Path diagnostics;

  @Option(names = "--cache", paramLabel = "DIR", description = "Keep CoreNLP annotations in DIR and reuse them on later runs.")
  Path cache;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(gold)) {
      throw new ParameterException(spec.commandLine(), "--gold: no such file: " + gold);
    }
    List<GoldSentence> all;
    try (var in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      all = GoldReader.read(in, gold.toString());
    }
    Selection selection = half.selection(limit);
    List<GoldSentence> picked = selection.pick(all, GoldSentence::id);
    var analyses = GsrEval.analyze(picked, EvalPipelines.analyze(EvalPipelines.annotator(cache, CoreNlpConfig.DEFAULT)),
        EvalPipelines.threads());
    List<String> lines = new ArrayList<>();
    var result = GsrEval.events("gold " + gold.getFileName(), selection, picked, analyses, lines::add);
    if (diagnostics != null) {
      Files.write(diagnostics, lines, StandardCharsets.UTF_8);
    }
    return EvalCommand.print(spec, result);
  }
}
