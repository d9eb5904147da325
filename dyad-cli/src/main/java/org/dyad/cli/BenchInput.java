package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.pipeline.Stages;
import org.dyad.core.read.InputReader;
import org.dyad.model.CleanedArticle;
import org.dyad.model.RawDocument;

/**
 * The articles {@code dyad bench} times: agency-length news, {@value #MIN_CHARS}–{@value #MAX_CHARS}
 * characters of cleaned text, read from the user's inputs (any input {@code analyze} reads) in input
 * order, or, without inputs, joined from the bundled samples ({@link BenchArticles}). Each comes with
 * its cleaned form, for the runs that time annotation alone.
 */
record BenchInput(List<RawDocument> docs, List<CleanedArticle> cleaned, String origin) {
  static final int MIN_CHARS = 1500;
  static final int MAX_CHARS = 8000;

  BenchInput {
    docs = List.copyOf(docs);
    cleaned = List.copyOf(cleaned);
    if (docs.size() != cleaned.size() || docs.isEmpty()) {
      throw new IllegalArgumentException("need as many cleaned articles as documents, at least one");
    }
  }

  /** Up to {@code count} articles from the inputs, or joined samples when there are no inputs. */
  static BenchInput read(List<Path> inputs, int count) {
    Pipeline cleaner = Pipelines.standard(PipelineConfig.DEFAULT.withStages(Stages.CLEAN), SampleCorpus.FETCH_DATE);
    boolean samples = inputs == null || inputs.isEmpty();
    List<RawDocument> found = new ArrayList<>();
    List<CleanedArticle> cleaned = new ArrayList<>();
    List<RawDocument> candidates = new ArrayList<>();
    if (samples) {
      candidates.addAll(BenchArticles.make(count));
    } else {
      new InputReader(InputRun.MAX_INPUT_BYTES).read(inputs, candidates::add);
    }
    for (RawDocument d : candidates) {
      CleanedArticle c = cleaner.clean(d);
      int n = c.text().length();
      if (found.size() < count && "en".equals(c.language()) && n >= MIN_CHARS && n <= MAX_CHARS) {
        found.add(d);
        cleaned.add(c);
      }
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no English article of " + MIN_CHARS + "-" + MAX_CHARS + " characters in the inputs");
    }
    return new BenchInput(found, cleaned, samples ? "paragraphs of the bundled samples joined" : "the given inputs");
  }

  /** The first {@code n} articles (the warm-up) and the rest (the timed ones). */
  BenchInput head(int n) {
    return new BenchInput(docs.subList(0, n), cleaned.subList(0, n), origin);
  }

  BenchInput tail(int n) {
    return new BenchInput(docs.subList(n, docs.size()), cleaned.subList(n, cleaned.size()), origin);
  }

  int size() {
    return docs.size();
  }

  long characters() {
    return cleaned.stream().mapToLong(c -> c.text().length()).sum();
  }

  long tokens() {
    return cleaned.stream().mapToLong(c -> BenchCommand.tokens(c.text())).sum();
  }
}
