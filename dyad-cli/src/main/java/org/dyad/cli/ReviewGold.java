package org.dyad.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.json.ArticleJson;
import org.dyad.eval.events.GoldEvent;
import org.dyad.eval.events.GoldSentence;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.SentenceTone;
import org.dyad.store.EventRow;
import org.dyad.store.Queries;
import org.dyad.store.ReviewedSpan;

/**
 * The analysts' judgements as gold sentences of the PETRARCH format. The unit is the sentence (the gold's unit, and
 * what {@code dyad eval} hands the pipeline), so a sentence is gold only when every event Dyad coded in it is judged
 * and the judgements say what it tells ({@link ReviewedSpan#truth}); its events are triples in the conventions
 * {@code dyad eval events} scores Dyad's own by (neither negated nor hypothetical, both sides coded, each once,
 * actor codes as {@link GoldEvent#normalize}).
 */
final class ReviewGold {
  /** The category the exported sentences carry. */
  static final String CATEGORY = "review";
  private static final Set<String> LEFT_OUT = Set.of("negated", "hypothetical");

  private ReviewGold() {
  }

  /** The gold sentences of the reviewed spans, and how many sentences with a judged event could not be made gold. */
  record Gold(List<GoldSentence> sentences, int unknown) {
  }

  static Gold of(Queries q, List<ReviewedSpan> spans) {
    Map<String, List<ReviewedSpan>> byArticle = new LinkedHashMap<>();
    spans.forEach(s -> byArticle.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s));
    List<GoldSentence> out = new ArrayList<>();
    int unknown = 0;
    for (var entry : byArticle.entrySet()) {
      AnalyzedArticle a = ArticleJson.parse(q.articleJson(entry.getKey()).orElseThrow());
      List<EventRow> coded = q.eventsOfArticles(List.of(entry.getKey()));
      Map<List<Integer>, List<ReviewedSpan>> bySentence = new LinkedHashMap<>();
      entry.getValue().forEach(s -> bySentence.computeIfAbsent(sentence(a, s), k -> new ArrayList<>()).add(s));
      for (var sentence : bySentence.entrySet()) {
        Optional<GoldSentence> g = gold(a, entry.getKey(), sentence.getKey(), sentence.getValue(), coded);
        g.ifPresent(out::add);
        unknown += g.isPresent() ? 0 : 1;
      }
    }
    return new Gold(out, unknown);
  }

  /** The sentence range [start, end) around a span: the sentences it overlaps, else the span itself. */
  private static List<Integer> sentence(AnalyzedArticle a, ReviewedSpan s) {
    int start = s.start();
    int end = s.end();
    for (SentenceTone t : a.sentences()) {
      if (t.start() < s.end() && s.start() < t.end()) {
        start = Math.min(start, t.start());
        end = Math.max(end, t.end());
      }
    }
    return List.of(start, end);
  }

  private static Optional<GoldSentence> gold(AnalyzedArticle a, String key, List<Integer> range, List<ReviewedSpan> spans,
      List<EventRow> coded) {
    int start = range.get(0);
    int end = range.get(1);
    long inSentence = coded.stream().filter(e -> e.start() < end && start < e.end()).count();
    long judged = spans.stream().mapToLong(s -> s.events().size()).sum();
    if (inSentence != judged) {
      return Optional.empty();
    }
    Set<GoldEvent> triples = new LinkedHashSet<>();
    for (ReviewedSpan s : spans) {
      Optional<List<EventRow>> truth = s.truth();
      if (truth.isEmpty()) {
        return Optional.empty();
      }
      truth.get().stream().filter(ReviewGold::scored).forEach(e -> triples.add(
          new GoldEvent(GoldEvent.normalize(e.source().actor()), GoldEvent.normalize(e.target().actor()), e.code())));
    }
    return Optional.of(new GoldSentence(key + ":" + start + "-" + end, CATEGORY, a.published(), a.text().substring(start, end).strip(),
        new ArrayList<>(triples), triples.isEmpty(), "", null));
  }

  private static boolean scored(EventRow e) {
    String source = e.source().actor();
    String target = e.target() == null ? null : e.target().actor();
    return !LEFT_OUT.contains(e.modality()) && source != null && !source.isEmpty() && target != null && !target.isEmpty();
  }
}
