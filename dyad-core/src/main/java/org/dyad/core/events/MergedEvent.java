package org.dyad.core.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.dyad.model.Event;

/**
 * One event reported in one or more articles.
 *
 * @param event the first report (its actors, at the most specific level seen, stand for all)
 * @param mentions how many reports were merged
 * @param articles the ids of the articles that report it, each once, in order of first report
 */
public record MergedEvent(Event event, int mentions, List<String> articles) {
  public MergedEvent {
    requireNonNull(event, "event is null");
    articles = List.copyOf(articles);
    if (mentions < 1 || articles.isEmpty()) {
      throw new IllegalArgumentException("a merged event needs a mention and an article");
    }
  }
}
