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
 * @param countryFrom how the country was reached (see {@link #COUNTRY_SOURCES}): {@code name} (the name
 *     itself: a country, a capital, a known person or organisation), {@code title} (the words of the title
 *     or group: "Afghan president", "Russia's envoy", "police in Karachi"), {@code organisation} (the
 *     institution the title belongs to, or an acronym defined as one), {@code dateline} (the article's
 *     dateline), {@code context} (the one country the article's other actors share); null without a country
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
    Place place,
    String countryFrom) {
  /** The values of {@code countryFrom}. */
  public static final java.util.Set<String> COUNTRY_SOURCES = java.util.Set.of("name", "title", "organisation",
      "dateline", "context");

  /** A mention without a place (before geocoding). */
  public EntityMention(int start, int end, String text, String type, String name, String title, String affiliation,
      String country, String actor) {
    this(start, end, text, type, name, title, affiliation, country, actor, null, null);
  }

  /** A mention that does not say how its country was reached (output written before {@code countryFrom}). */
  public EntityMention(int start, int end, String text, String type, String name, String title, String affiliation,
      String country, String actor, Place place) {
    this(start, end, text, type, name, title, affiliation, country, actor, place, null);
  }

  /** This mention with another place. */
  public EntityMention withPlace(Place p) {
    return new EntityMention(start, end, text, type, name, title, affiliation, country, actor, p, countryFrom);
  }

  public EntityMention {
    Spans.check(start, end);
    requireNonNull(text, "text is null");
    requireNonNull(type, "type is null");
    requireNonNull(name, "name is null");
    if (countryFrom != null && !COUNTRY_SOURCES.contains(countryFrom)) {
      throw new IllegalArgumentException("countryFrom must be one of " + COUNTRY_SOURCES + ": " + countryFrom);
    }
  }
}
