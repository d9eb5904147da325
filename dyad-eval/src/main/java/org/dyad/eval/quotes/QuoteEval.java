package org.dyad.eval.quotes;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.eval.run.AnalyzedTexts;
import org.dyad.eval.run.EvalResult;
import org.dyad.eval.run.Figure;
import org.dyad.eval.run.GoldText;
import org.dyad.eval.run.Half;
import org.dyad.eval.run.Selection;
import org.dyad.model.AnalyzedArticle;
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

  /** The documents of a half (split by article id), the first {@code limit} of them (0 = all). */
  public List<PolnearDocument> documents(Half half, int limit) {
    List<PolnearDocument> in = documents().stream().filter(d -> half.holds(d.id())).toList();
    return limit > 0 && limit < in.size() ? in.subList(0, limit) : in;
  }

  /**
   * Scores the system on the first {@code limit} documents (by id); {@code each} sees every document
   * with the system's attributions (for an error listing).
   */
  public QuoteReport evaluate(BiFunction<String, LocalDate, List<Quote>> system, int limit,
      BiConsumer<PolnearDocument, List<Attribution>> each) {
    requireNonNull(system, "system is null");
    if (limit < 0) {
      throw new IllegalArgumentException("limit < 0: " + limit);
    }
    return evaluate(documents().stream().limit(limit).toList(), d -> system.apply(d.text(), d.date()), each);
  }

  /** Scores the system, whose quotes have offsets into each document's text, on the given documents. */
  public static QuoteReport evaluate(List<PolnearDocument> docs, Function<PolnearDocument, List<Quote>> system,
      BiConsumer<PolnearDocument, List<Attribution>> each) {
    requireNonNull(system, "system is null");
    requireNonNull(each, "each is null");
    QuoteReport total = QuoteReport.EMPTY;
    for (PolnearDocument d : docs) {
      List<Quote> quotes = system.apply(d);
      List<Attribution> predicted = QuoteAttributions.of(d.text(), quotes == null ? List.of() : quotes);
      each.accept(d, predicted);
      total = total.plus(QuoteReport.of(AttributionScorer.score(d.text(), d.gold(), predicted)));
    }
    return total;
  }

  /**
   * The selected documents (split key: the article id) through the whole pipeline as JSON-line
   * articles, their quotes moved into the gold's offsets ({@link QuotesInGold}) and scored.
   */
  public EvalResult run(Selection selection, Pipeline pipeline, int threads,
      BiConsumer<PolnearDocument, List<Attribution>> each) {
    List<PolnearDocument> docs = selection.pick(documents(), PolnearDocument::id);
    Map<String, AnalyzedArticle> analyses = AnalyzedTexts.analyze(pipeline,
        docs.stream().map(d -> new GoldText(d.id(), d.text(), d.date())).toList(), threads);
    Function<PolnearDocument, List<Quote>> system = d -> QuotesInGold.of(d.text(), analyses.get(d.id()));
    String table = evaluate(docs, system, each).toTable() + check(docs, analyses).toLine();
    return EvalResult.of(table, selection, docs, PolnearDocument::id, in -> {
      List<Figure> figures = new ArrayList<>(evaluate(in, system, (d, p) -> { }).figures());
      figures.addAll(check(in, analyses).figures());
      return figures;
    });
  }

  private static DirectQuoteCheck check(List<PolnearDocument> docs, Map<String, AnalyzedArticle> analyses) {
    return docs.stream().map(d -> DirectQuoteCheck.of(d, analyses.get(d.id()))).reduce(DirectQuoteCheck.ZERO, DirectQuoteCheck::plus);
  }
}
