package org.dyad.cli;

import org.dyad.core.events.VerbLexicon;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.corenlp.CoreNlpConfig;
import org.dyad.corenlp.StandardPipeline;
import picocli.CommandLine.Option;

/** {@code --parse} and {@code --ner-models} of {@code analyze} and {@code ingest}: how CoreNLP is run. */
final class NlpOptions {
  @Option(names = "--parse", paramLabel = "selected|all", defaultValue = "selected",
      description = "Which sentences get a dependency parse: 'selected' (those with an event word, a statement verb or a quotation mark; "
          + "the others cannot hold an event or a quote) or 'all' (slower, the same events and quotes). Default: ${DEFAULT-VALUE}.")
  String parse;

  @Option(names = "--ner-models", paramLabel = "MODELS", defaultValue = "",
      description = "CoreNLP's NER models (comma-separated class-path names) instead of Dyad's default.")
  String nerModels;

  /** The configuration chosen; with no option given, {@link CoreNlpConfig#DEFAULT}, which the Spark job runs. */
  CoreNlpConfig config() {
    CoreNlpConfig.Parse p = switch (parse) {
      case "selected" -> CoreNlpConfig.Parse.SELECTED;
      case "all" -> CoreNlpConfig.Parse.ALL;
      default -> throw new IllegalArgumentException("--parse must be 'selected' or 'all': " + parse);
    };
    CoreNlpConfig c = CoreNlpConfig.DEFAULT.withParse(p);
    return nerModels.isBlank() ? c : c.withNerModels(nerModels.strip());
  }

  /** The annotator, parsing the sentences that can hold an event of {@code verbs} or a statement. */
  NlpAnnotator annotator(VerbLexicon verbs) {
    return StandardPipeline.annotator(config(), verbs);
  }
}
