package org.dyad.store;

import java.util.List;

/** One entity across the corpus: how often and in how many articles it is mentioned, and the titles seen with it. */
public record ActorRow(String entityId, String type, String name, String country, String actor,
    long mentions, long articles, List<String> titles) {
  public ActorRow {
    titles = List.copyOf(titles);
  }
}
