package org.dyad.core.tone;

import java.util.List;
import org.dyad.model.ArticleTone;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.SentenceTone;

/**
 * What {@link ToneScorer} gives back.
 *
 * @param article the article's tone, or null when not scored
 * @param sentences the tone of each annotated sentence, in text order
 * @param quotes the article's quotes, each with its tone
 * @param events the article's events, each with its tone
 */
public record Toned(ArticleTone article, List<SentenceTone> sentences, List<Quote> quotes, List<Event> events) {
  public Toned {
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** No tone: the quotes and events as they are. */
  public static Toned unscored(List<Quote> quotes, List<Event> events) {
    return new Toned(null, List.of(), quotes, events);
  }
}
