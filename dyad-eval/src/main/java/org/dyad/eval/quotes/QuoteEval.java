package org.dyad.eval.quotes;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiConsumer;
import org.dyad.model.Quote;

/**
 * Evaluates a quote system on the PolNeAR folder (see its README): the system is a function of an
 * article's raw text and date to quotes with offsets into that text.
 */
public final class QuoteEval {
  private final Path goldFile;

  public QuoteEval(Path dir) {
    requireNonNull(dir, "dir is null");
    this.goldFile = dir.resolve(PolnearReader.DEV_GOLD);
    if (!Files.isRegularFile(goldFile)) {
      throw new IllegalArgumentException("missing " + goldFile);
    }
  }

  public List<PolnearDocument> documents() {
    try {
      return PolnearReader.read(goldFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + goldFile, e);
    }
  }

  /**
   * Scores the system on the first {@code limit} documents (by id); {@code each} sees every document
   * with the system's attributions (for an error listing).
   */
  public QuoteReport evaluate(BiFunction<String, LocalDate, List<Quote>> system, int limit,
      BiConsumer<PolnearDocument, List<Attribution>> each) {
    requireNonNull(system, "system is null");
    requireNonNull(each, "each is null");
    if (limit < 0) {
      throw new IllegalArgumentException("limit < 0: " + limit);
    }
    QuoteReport total = QuoteReport.EMPTY;
    for (PolnearDocument d : documents().stream().limit(limit).toList()) {
      List<Quote> quotes = system.apply(d.text(), d.date());
      List<Attribution> predicted = QuoteAttributions.of(d.text(), quotes == null ? List.of() : quotes);
      each.accept(d, predicted);
      total = total.plus(QuoteReport.of(AttributionScorer.score(d.text(), d.gold(), predicted)));
    }
    return total;
  }
}
