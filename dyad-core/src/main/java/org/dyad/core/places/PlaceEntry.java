package org.dyad.core.places;

import static java.util.Objects.requireNonNull;

import org.dyad.model.Place;

/**
 * One place of the gazetteer.
 *
 * @param geonamesId the GeoNames id, or 0 when the data has none
 * @param country2 ISO 3166 alpha-2 code
 * @param country3 ISO 3166 alpha-3 code
 * @param admin1 the first-level division code within the country ("GA", "13"), or ""
 * @param population inhabitants (for divisions and countries: the sum over their cities in the data)
 * @param capital true for a country's capital (GeoNames feature code PPLC)
 */
public record PlaceEntry(long geonamesId, String name, Level level, String country2, String country3, String admin1,
    double lat, double lon, long population, boolean capital) {
  /** What kind of place. */
  public enum Level { COUNTRY, DIVISION, CITY }

  public PlaceEntry {
    requireNonNull(name, "name is null");
    requireNonNull(level, "level is null");
    requireNonNull(country2, "country2 is null");
    requireNonNull(country3, "country3 is null");
    requireNonNull(admin1, "admin1 is null");
  }

  /** The output record. */
  public Place toPlace() {
    return new Place(name, geonamesId == 0 ? null : geonamesId, lat, lon, country3, level.name().toLowerCase(java.util.Locale.ROOT));
  }
}
