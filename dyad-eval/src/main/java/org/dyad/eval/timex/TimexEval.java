package org.dyad.eval.timex;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.dyad.core.nlp.NlpAnnotator;
import org.dyad.core.time.RuleDateNormalizer;
import org.dyad.eval.run.EvalResult;
import org.dyad.eval.run.Selection;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;

/**
 * Evaluates a time-expression system on the TempEval-3 TBAQ-cleaned data (see the README in
 * {@code shared/eval/timex-tempeval3}) with the Task A measures of {@link TimexReport}.
 *
 * <p>The system is a function of the document's plain text and creation date (null when the
 * document has none) to mentions with offsets into that text, for example CoreNLP followed by
 * {@code RuleDateNormalizer}.
 */
public final class TimexEval {
  private final Path dir;

  /** An evaluation over the folder holding the tar of .tml files and the flat gold. */
  public TimexEval(Path dir) {
    requireNonNull(dir, "dir is null");
    for (String f : List.of(TimexCorpusReader.DOCUMENTS, TimexCorpusReader.GOLD)) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        throw new IllegalArgumentException("missing " + dir.resolve(f));
      }
    }
    this.dir = dir;
  }

  /** The documents, sorted by id. */
  public List<TimexDocument> documents() {
    try {
      return TimexCorpusReader.read(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
  }

  /** Scores the system on every document. */
  public TimexReport evaluate(BiFunction<String, LocalDate, List<DateMention>> system) {
    return evaluate(system, Integer.MAX_VALUE);
  }

  /** Scores the system on the first {@code limit} documents (by id). */
  public TimexReport evaluate(BiFunction<String, LocalDate, List<DateMention>> system, int limit) {
    return evaluate(system, limit, (d, found) -> { });
  }

  /**
   * Scores the system on the first {@code limit} documents (by id), handing each document and the
   * system's mentions to {@code listener} (for an error listing).
   */
  public TimexReport evaluate(BiFunction<String, LocalDate, List<DateMention>> system, int limit,
      BiConsumer<TimexDocument, List<DateMention>> listener) {
    requireNonNull(system, "system is null");
    requireNonNull(listener, "listener is null");
    if (limit < 0) {
      throw new IllegalArgumentException("limit < 0: " + limit);
    }
    return evaluate(documents().stream().limit(limit).toList(), system, listener);
  }

  /** Scores the system on the given documents. */
  public static TimexReport evaluate(List<TimexDocument> docs,
      BiFunction<String, LocalDate, List<DateMention>> system) {
    return evaluate(docs, system, (d, found) -> { });
  }

  private static TimexReport evaluate(List<TimexDocument> docs,
      BiFunction<String, LocalDate, List<DateMention>> system,
      BiConsumer<TimexDocument, List<DateMention>> listener) {
    requireNonNull(docs, "docs is null");
    requireNonNull(system, "system is null");
    TimexReport total = TimexReport.EMPTY;
    for (TimexDocument d : docs) {
      List<DateMention> raw = system.apply(d.text(), d.dct());
      List<DateMention> found = raw == null ? List.of() : raw;
      listener.accept(d, found);
      total = total.plus(TimexScorer.score(d.gold(), found));
    }
    return total;
  }

  /**
   * The selected documents (split key: the document name) through the annotator and Dyad's date
   * normaliser, the document's creation time as the article date; {@code listener} sees each
   * document with the mentions found.
   */
  public EvalResult run(Selection selection, NlpAnnotator nlp, BiConsumer<TimexDocument, List<DateMention>> listener) {
    List<TimexDocument> docs = selection.pick(documents(), TimexDocument::id);
    RuleDateNormalizer normalizer = new RuleDateNormalizer();
    Map<String, List<DateMention>> found = new HashMap<>();
    for (TimexDocument d : docs) {
      CleanedArticle a = new CleanedArticle(d.id(), null, null, null, d.dct(), null, d.text(), "en", List.of());
      found.put(d.id(), normalizer.normalize(a, nlp.annotate(a)));
    }
    String table = evaluate(docs, found, listener).toTable();
    return EvalResult.of(table, selection, docs, TimexDocument::id, in -> evaluate(in, found, (d, f) -> { }).figures());
  }

  private static TimexReport evaluate(List<TimexDocument> docs, Map<String, List<DateMention>> found,
      BiConsumer<TimexDocument, List<DateMention>> listener) {
    TimexReport total = TimexReport.EMPTY;
    for (TimexDocument d : docs) {
      listener.accept(d, found.get(d.id()));
      total = total.plus(TimexScorer.score(d.gold(), found.get(d.id())));
    }
    return total;
  }
}
