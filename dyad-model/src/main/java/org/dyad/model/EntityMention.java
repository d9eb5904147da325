package org.dyad.model;

import static java.util.Objects.requireNonNull;

/**
 * One mention of a resolved entity.
 *
 * @param type PERSON, ORGANIZATION, COUNTRY, LOCATION, ...
 * @param name the canonical name (for a person, the full name seen in the article)
 * @param title a role such as "spokesman", or null
 * @param affiliation the organisation the role belongs to, or null
 * @param country ISO 3166 alpha-3 code, or null
 * @param actor CAMEO-style actor code such as RUSGOV, or null
 * @param place where a LOCATION or COUNTRY lies, from the gazetteer, or null
 */
public record EntityMention(
    int start,
    int end,
    String text,
    String type,
    String name,
    String title,
    String affiliation,
    String country,
    String actor,
    Place place) {
  /** A mention without a place (before geocoding). */
  public EntityMention(int start, int end, String text, String type, String name, String title, String affiliation,
      String country, String actor) {
    this(start, end, text, type, name, title, affiliation, country, actor, null);
  }

  /** This mention with another place. */
  public EntityMention withPlace(Place p) {
    return new EntityMention(start, end, text, type, name, title, affiliation, country, actor, p);
  }

  public EntityMention {
    Spans.check(start, end);
    requireNonNull(text, "text is null");
    requireNonNull(type, "type is null");
    requireNonNull(name, "name is null");
  }
}
