package org.dyad.core.tone;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.ArticleTone;
import org.dyad.model.CleanedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.SentenceTone;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;

/**
 * Tone by VADER: the compound score of each annotated sentence, of each quote's content and of each
 * event's evidence span; the article's compound is the mean over its sentences (VADER itself is meant
 * for sentences, and its time grows with the square of the length). GDELT's tone over the whole text
 * comes alongside ({@link GdeltToneCounter}). The same text is scored once per article.
 */
public final class VaderToneScorer implements ToneScorer {
  private final GdeltToneCounter gdelt;

  public VaderToneScorer(GdeltToneCounter gdelt) {
    this.gdelt = requireNonNull(gdelt, "gdelt is null");
  }

  /** VADER for the compound scores and VADER's lexicon for GDELT's counts. */
  public static VaderToneScorer standard() {
    return new VaderToneScorer(GdeltToneCounter.vader());
  }

  @Override
  public Toned score(CleanedArticle article, Annotation annotation, List<Quote> quotes, List<Event> events) {
    requireNonNull(article, "article is null");
    String text = article.text();
    Map<String, Double> scored = new HashMap<>();
    List<SentenceTone> sentences = new ArrayList<>();
    double sum = 0;
    for (Sentence s : annotation.sentences()) {
      if (s.end() <= text.length()) {
        double tone = scored.computeIfAbsent(text.substring(s.start(), s.end()), Vader::compound);
        sentences.add(new SentenceTone(s.start(), s.end(), tone));
        sum += tone;
      }
    }
    List<Quote> qs = quotes.stream().map(q -> q.withTone(scored.computeIfAbsent(q.text(), Vader::compound))).toList();
    List<Event> evs = events.stream().map(e -> e.start() >= text.length() ? e
        : e.withTone(scored.computeIfAbsent(text.substring(e.start(), Math.min(e.end(), text.length())), Vader::compound)))
        .toList();
    Double compound = sentences.isEmpty() ? null : Vader.fourDecimals(Math.max(-1, Math.min(1, sum / sentences.size())));
    return new Toned(new ArticleTone(compound, gdelt.count(text)), sentences, qs, evs);
  }
}
