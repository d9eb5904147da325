package org.dyad.eval.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.eval.actors.ActorCounts;
import org.dyad.eval.actors.ActorScorer;
import org.dyad.eval.run.AnalyzedTexts;
import org.dyad.eval.run.EvalResult;
import org.dyad.eval.run.GoldText;
import org.dyad.eval.run.Selection;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;

/**
 * Events and actor codes on the PETRARCH real-news development sentences ({@code gsr_dev.jsonl}),
 * each sentence handed to the whole pipeline as one JSON-line article with its date, as
 * {@code dyad analyze} gets it. The split key is the sentence id.
 */
public final class GsrEval {
  public static final String TITLE = "PETRARCH GSR dev";

  private GsrEval() {}

  /** The selected sentences of the development file in {@code data} (the events-petrarch folder). */
  public static List<GoldSentence> sentences(Path data, Selection selection) throws IOException {
    return selection.pick(EventEval.read(data, EventEval.DEV, 0), GoldSentence::id);
  }

  /** The sentences through the pipeline, analyses by sentence id. */
  public static Map<String, AnalyzedArticle> analyze(List<GoldSentence> gold, Pipeline pipeline, int threads) {
    return AnalyzedTexts.analyze(pipeline, gold.stream().map(g -> new GoldText(g.id(), g.text(), g.date())).toList(), threads);
  }

  /** Event triples scored per sentence; {@code trace} gets one line per sentence (gold and coded). */
  public static EvalResult events(Selection selection, List<GoldSentence> gold, Map<String, AnalyzedArticle> analyses,
      Consumer<String> trace) {
    return events(TITLE, selection, gold, analyses, trace);
  }

  /** Event triples scored per sentence of any gold set in this format, under {@code title}. */
  public static EvalResult events(String title, Selection selection, List<GoldSentence> gold, Map<String, AnalyzedArticle> analyses,
      Consumer<String> trace) {
    Function<GoldSentence, List<GoldEvent>> system = g -> EventTriples.of(
        analyses.containsKey(g.id()) ? analyses.get(g.id()).events() : List.of());
    String table = EventEval.evaluate(title, gold, system, trace).toTable() + AnalyzedTexts.lost(gold.size(), analyses);
    return EvalResult.of(table, selection, gold, GoldSentence::id, in -> EventEval.evaluate(title, in, system, t -> { }).figures());
  }

  /** Actor codes of the entities per sentence; {@code trace} gets the gold and Dyad's coded entities. */
  public static EvalResult actors(Selection selection, List<GoldSentence> gold, Map<String, AnalyzedArticle> analyses,
      Consumer<String> trace) {
    for (GoldSentence g : gold) {
      trace.accept(g.id() + "\tgold=" + g.events() + "\tdyad=" + actorsOf(analyses.get(g.id())));
    }
    Function<List<GoldSentence>, ActorCounts> count = in -> in.stream()
        .map(g -> ActorScorer.score(g, codes(analyses.get(g.id())))).reduce(ActorCounts.EMPTY, ActorCounts::plus);
    String table = count.apply(gold).toTable() + AnalyzedTexts.lost(gold.size(), analyses);
    return EvalResult.of(table, selection, gold, GoldSentence::id, in -> count.apply(in).figures());
  }

  private static List<String> codes(AnalyzedArticle a) {
    return a == null ? List.of() : a.entities().stream().map(EntityMention::actor).toList();
  }

  /** The entities with an actor code, as "text=CODE" in a list, for the diagnostics. */
  public static String actorsOf(AnalyzedArticle a) {
    return a == null ? "[]" : a.entities().stream().filter(e -> e.actor() != null).map(e -> e.text() + "=" + e.actor()).toList().toString();
  }
}
