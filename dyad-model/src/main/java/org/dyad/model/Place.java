package org.dyad.model;

import static java.util.Objects.requireNonNull;

/**
 * A place from the gazetteer: where an entity lies or an event happened.
 *
 * @param name the gazetteer's name ("Kabul", "Georgia")
 * @param geonamesId the GeoNames id, or null when the data has none (countries)
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param country ISO 3166 alpha-3 code of the country it lies in
 * @param kind {@code country}, {@code division} (a first-level division such as a US state) or {@code city}
 */
public record Place(String name, Long geonamesId, double lat, double lon, String country, String kind) {
  public Place {
    requireNonNull(name, "name is null");
    if (!"country".equals(kind) && !"division".equals(kind) && !"city".equals(kind)) {
      throw new IllegalArgumentException("kind must be country, division or city: " + kind);
    }
    requireNonNull(country, "country is null");
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
    }
  }
}
