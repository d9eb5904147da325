package org.dyad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.corenlp.CoreNlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench}: Dyad's whole pipeline and plain CoreNLP (default settings, same annotators) on
 * the same agency-length articles, both at 1 and 2 threads, as the marginal time of the timed articles
 * after a warm-up. The work is in {@link Bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time Dyad and plain CoreNLP on the same agency-length articles at 1 and 2 threads (after a warm-up): "
        + "per-stage and per-annotator times, thread scaling, the ratio to CoreNLP, peak memory, and the quality figures of "
        + "the configuration timed (from docs/RESULTS.md).")
final class BenchCommand implements Callable<Integer> {
  private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

  @Spec
  CommandSpec spec;

  @Option(names = "--articles", defaultValue = "60", description = "Articles to time (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--warmup", defaultValue = "5", description = "Articles run before timing, on every side (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also time plain CoreNLP with default settings (default: on; --no-baseline turns it off).")
  boolean baseline;

  @Option(names = "--compare", split = ",", paramLabel = "VARIANT",
      description = "Also time Dyad on 2 threads with other CoreNLP settings: 'full' (every sentence parsed: Dyad before issue 22), "
          + "'three-models' (CoreNLP's three default NER models instead of the 3-class one alone), 'all-times' (SUTime on every "
          + "sentence, not only those with a time word: Dyad before session 9's speed work), 'no-sutime'.")
  List<String> variants = List.of();

  @Option(names = "--results", defaultValue = "docs/RESULTS.md", paramLabel = "FILE",
      description = "The results page of `dyad eval all` whose development-set figures are printed beside the times, with a warning "
          + "when it was measured with other annotator settings (default ${DEFAULT-VALUE}).")
  Path results;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "News to time (any input analyze reads; articles of 1,500-8,000 characters are kept, in input order). "
          + "Default: paragraphs of the bundled samples joined to agency length.")
  List<Path> inputs = List.of();

  @Override
  public Integer call() {
    if (articles < 1 || warmup < 1) {
      throw new ParameterException(spec.commandLine(), "--articles and --warmup must be at least 1");
    }
    variants.forEach(v -> {
      if (variant(v) == null) {
        throw new ParameterException(spec.commandLine(), "unknown --compare variant: " + v);
      }
    });
    new Bench(spec.commandLine().getOut(), BenchInput.read(inputs, warmup + articles), warmup).run(baseline, variants, results);
    return 0;
  }

  /** The CoreNLP settings of a {@code --compare} variant, or null. */
  static CoreNlpConfig variant(String name) {
    return switch (name) {
      case "full" -> CoreNlpConfig.FULL;
      case "three-models" -> CoreNlpConfig.DEFAULT.withNerModels("");
      case "all-times" -> CoreNlpConfig.DEFAULT.withSutime(CoreNlpConfig.Sutime.ALL);
      case "no-sutime" -> CoreNlpConfig.DEFAULT.withSutime(CoreNlpConfig.Sutime.NONE);
      default -> null;
    };
  }

  static long tokens(String text) {
    Matcher m = TOKEN.matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
