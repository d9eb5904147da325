package org.dyad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.dyad.core.nlp.NlpAnnotator;
import picocli.CommandLine.Option;

/** What the evaluations over a gold folder share: {@code --limit N}, {@code --errors FILE} and {@code --cache DIR}. */
final class EvalRunOptions {
  @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Score only the first N documents (0 = all).")
  int limit;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Also write each miss, false alarm and wrong answer (value, type, span or speaker) with its context to FILE.")
  Path errors;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep CoreNLP annotations in DIR and reuse them on later runs (for quick loops on the later stages).")
  Path cache;

  /** How many documents to score. */
  int documents() {
    return limit <= 0 ? Integer.MAX_VALUE : limit;
  }

  /** Writes the error listing when {@code --errors} asks for it. */
  void writeErrors(CharSequence listing) throws IOException {
    if (errors != null) {
      Files.writeString(errors, listing, StandardCharsets.UTF_8);
    }
  }

  /** The annotator behind the {@code --cache} folder (no cache without it). */
  AnnotationCache annotations(Supplier<NlpAnnotator> annotator) {
    return new AnnotationCache(cache, annotator);
  }
}
