package org.dyad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.eval.run.AnnotationCache;
import org.dyad.eval.run.EvalPipelines;
import org.dyad.eval.run.Selection;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the evaluations over a gold folder share: {@code --limit N}, {@code --errors FILE}, {@code --cache DIR} and {@code --half}. */
final class EvalRunOptions {
  @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Score only the first N documents (0 = all).")
  int limit;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Also write each miss, false alarm and wrong answer (value, type, span or speaker) with its context to FILE.")
  Path errors;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep CoreNLP annotations in DIR and reuse them on later runs (keyed by text, article date, settings and CoreNLP version).")
  Path cache;

  @Mixin
  HalfOption half;

  /** The items to score. */
  Selection selection() {
    return half.selection(limit);
  }

  /** Writes the error listing when {@code --errors} asks for it. */
  void writeErrors(CharSequence listing) throws IOException {
    if (errors != null) {
      Files.writeString(errors, listing, StandardCharsets.UTF_8);
    }
  }

  /** CoreNLP with {@code config} behind the {@code --cache} folder (no cache without it). */
  AnnotationCache annotations(CoreNlpConfig config) {
    return EvalPipelines.annotator(cache, config);
  }
}
