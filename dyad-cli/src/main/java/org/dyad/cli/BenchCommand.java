package org.dyad.cli;

import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench}: throughput per stage on agency-length articles built from the sample corpus,
 * the whole pipeline at 1 and 2 threads, and in the same run the plain CoreNLP pipeline (default
 * settings, same annotators) as the baseline. The work is in {@link Bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Print throughput per stage (articles/s, tokens/s), the whole pipeline at 1 and 2 threads, the plain CoreNLP baseline and peak memory.")
final class BenchCommand implements Callable<Integer> {
  private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

  @Spec
  CommandSpec spec;

  @Option(names = "--articles", defaultValue = "60", description = "Articles to time (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also time plain CoreNLP with default settings (default: on; --no-baseline turns it off).")
  boolean baseline;

  @Option(names = "--per-worker", description = "Also time 2 threads with one CoreNLP model copy per worker (loads the models twice more).")
  boolean perWorker;

  @Option(names = "--ner-variants", description = "Also time annotation alone with the 3-class NER model only (not the default: it drops MISC and the 7-class model).")
  boolean nerVariants;

  @Override
  public Integer call() {
    if (articles < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--articles must be at least 1");
    }
    new Bench(spec.commandLine().getOut(), articles).run(baseline, perWorker, nerVariants);
    return 0;
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
