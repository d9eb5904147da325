package org.dyad.eval.plv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.eval.run.AnalyzedTexts;
import org.dyad.eval.run.EvalResult;
import org.dyad.eval.run.GoldText;
import org.dyad.eval.run.Selection;
import org.dyad.model.AnalyzedArticle;

/**
 * The PLV evaluation (the events-plv folder): each distinct sentence goes to Dyad as one article with
 * a fixed date, in code-point order of the sentences, ids {@code plv0, plv1, ...}, exactly as
 * {@code shared/eval/check/plv.py} hands them to {@code dyad analyze}; each item is then scored by
 * {@link PlvScorer}. The split key is the sentence text.
 */
public final class PlvEval {
  /** The date every sentence is given (the items carry none). */
  public static final LocalDate DATE = LocalDate.of(2000, 1, 15);
  private final List<PlvItem> items;

  public PlvEval(Path dir) throws IOException {
    requireNonNull(dir, "dir is null");
    Path file = dir.resolve(PlvReader.DEV);
    if (!Files.isRegularFile(file)) {
      throw new IOException("missing " + file);
    }
    this.items = PlvReader.read(file);
  }

  /** Every item, in file order. */
  public List<PlvItem> items() {
    return items;
  }

  /** The distinct sentences of the items as articles, in code-point order. */
  public static List<GoldText> texts(List<PlvItem> items) {
    TreeSet<String> sentences = new TreeSet<>(PlvEval::byCodePoints);
    items.forEach(i -> sentences.add(i.sentence()));
    List<GoldText> out = new ArrayList<>();
    for (String s : sentences) {
      out.add(new GoldText("plv" + out.size(), s, DATE));
    }
    return out;
  }

  /** Scores the items against the analyses of {@link #texts} (by sentence text). */
  public static PlvReport score(List<PlvItem> items, Map<String, AnalyzedArticle> bySentence) {
    PlvReport r = PlvReport.EMPTY;
    for (PlvItem i : items) {
      r = r.plus(PlvScorer.score(i, bySentence.get(i.sentence())));
    }
    return r;
  }

  /** Python's string order (code points), not Java's (UTF-16 units): the two differ above U+FFFF. */
  static int byCodePoints(String a, String b) {
    return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }

  /**
   * The selected items (split key: the sentence) through the whole pipeline, scored; {@code misses}
   * gets one line per item without a linking event of the gold root (gold, Dyad's events, sentence).
   */
  public EvalResult run(Selection selection, Pipeline pipeline, int threads, Consumer<String> misses) {
    List<PlvItem> chosen = selection.pick(items, PlvItem::sentence);
    List<GoldText> texts = texts(chosen);
    Map<String, AnalyzedArticle> byId = AnalyzedTexts.analyze(pipeline, texts, threads);
    Map<String, AnalyzedArticle> bySentence = new HashMap<>();
    texts.forEach(t -> bySentence.put(t.text(), byId.get(t.id())));
    for (PlvItem i : chosen) {
      AnalyzedArticle a = bySentence.get(i.sentence());
      PlvOutcome o = PlvScorer.score(i, a);
      if (!o.rightRoot()) {
        misses.accept(String.join("\t", i.root(), o.linked() ? "linked" : "unlinked", i.source() + ">" + i.target(),
            a == null ? "[]" : a.events().stream().map(e -> e.source().name() + ">" + (e.target() == null ? "-" : e.target().name())
                + ":" + e.plover()).toList().toString(), i.sentence()));
      }
    }
    String table = score(chosen, bySentence).toTable("PLV dev") + AnalyzedTexts.lost(texts.size(), byId);
    return EvalResult.of(table, selection, chosen, PlvItem::sentence, in -> score(in, bySentence).figures());
  }
}
