package org.dyad.cli;

import java.time.Duration;
import org.dyad.core.pipeline.PipelineConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --threads} and {@code --article-timeout} of {@code analyze} and {@code ingest}. */
final class ThreadOptions {
  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads that clean and analyse (default: the available processors). Output stays in input order.")
  Integer threads;

  @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "An article whose analysis takes longer is kept cleaned only, with an issue pipeline/timeout (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  int threads(CommandSpec spec) {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + n);
    }
    return n;
  }

  PipelineConfig apply(CommandSpec spec, PipelineConfig config) {
    if (timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--article-timeout must be at least 1 second: " + timeoutSeconds);
    }
    return config.withArticleTimeout(Duration.ofSeconds(timeoutSeconds));
  }
}
