package org.dyad.core.places;

import java.util.Set;

/**
 * What an article tells about where its places lie.
 *
 * @param countries alpha-3 codes of the countries the article names (and of its other places)
 * @param datelineCountry alpha-3 code of the dateline's place, or null
 */
public record PlaceContext(Set<String> countries, String datelineCountry) {
  public static final PlaceContext NONE = new PlaceContext(Set.of(), null);

  public PlaceContext {
    countries = Set.copyOf(countries);
  }
}
