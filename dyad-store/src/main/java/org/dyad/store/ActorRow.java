package org.dyad.store;

import java.util.List;

/**
 * One entity across the corpus: how often and in how many articles it is mentioned, and the titles seen with it.
 * {@code countryFrom} is how its mentions' country was most often reached (name, title, organisation, dateline,
 * context), or null (no country, or mentions stored before Dyad recorded it).
 */
public record ActorRow(String entityId, String type, String name, String country, String countryFrom, String actor,
    long mentions, long articles, List<String> titles) {
  public ActorRow {
    titles = List.copyOf(titles);
  }
}
