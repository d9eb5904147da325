package org.dyad.core.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.places.PlaceEntry.Level;

/**
 * The gazetteer: places by name key (countries, first-level divisions and cities with their
 * alternate names), built once from {@link GeoNamesData} on first use.
 */
public final class PlaceIndex {
  private final Map<String, List<PlaceEntry>> byKey;
  private final Map<String, PlaceEntry> countriesByIso3;

  PlaceIndex(Map<String, List<PlaceEntry>> byKey, Map<String, PlaceEntry> countriesByIso3) {
    this.byKey = byKey;
    this.countriesByIso3 = Map.copyOf(countriesByIso3);
  }

  private static final class Holder {
    static final PlaceIndex STANDARD = build();
  }

  /** The index of the packed GeoNames data (about two seconds to build, once per JVM). */
  public static PlaceIndex standard() {
    return Holder.STANDARD;
  }

  /** Places whose name or alternate name is {@code name}, ignoring case, accents and punctuation. */
  public List<PlaceEntry> lookup(String name) {
    return byKey.getOrDefault(PlaceKey.of(name), List.of());
  }

  /** The country with this ISO alpha-3 code, or null. */
  public PlaceEntry country(String iso3) {
    return iso3 == null ? null : countriesByIso3.get(iso3);
  }

  private static PlaceIndex build() {
    Map<String, PlaceEntry> countries = GeoNamesData.countries();
    Map<String, List<PlaceEntry>> keys = new HashMap<>(1 << 21);
    Map<String, Totals> countryTotals = new HashMap<>();
    Map<String, Totals> divisionTotals = new HashMap<>();
    GeoNamesData.cities(countries, c -> {
      PlaceEntry e = c.entry();
      add(keys, e.name(), e);
      add(keys, c.asciiName(), e);
      for (String alt : c.alternates()) {
        if (PlaceKey.isLatin(alt)) {
          add(keys, alt, e);
        }
      }
      countryTotals.computeIfAbsent(e.country2(), k -> new Totals()).add(e);
      divisionTotals.computeIfAbsent(e.country2() + "." + e.admin1(), k -> new Totals()).add(e);
    });
    Map<String, PlaceEntry> byIso3 = new HashMap<>();
    for (PlaceEntry c : countries.values()) {
      Totals t = countryTotals.get(c.country2());
      PlaceEntry full = new PlaceEntry(0, c.name(), Level.COUNTRY, c.country2(), c.country3(), "", c.lat(), c.lon(),
          t == null ? 0 : t.population, false);
      byIso3.put(c.country3(), full);
      add(keys, full.name(), full);
    }
    GeoNamesData.countryNames((cca2, name) -> add(keys, name, byIso3.get(countries.get(cca2).country3())));
    GeoNamesData.divisionNames().forEach((code, name) -> {
      Totals t = divisionTotals.get(code);
      PlaceEntry country = countries.get(code.substring(0, code.indexOf('.')));
      if (t != null && country != null) {
        add(keys, name, new PlaceEntry(0, name, Level.DIVISION, country.country2(), country.country3(),
            code.substring(code.indexOf('.') + 1), t.lat(), t.lon(), t.population, false));
      }
    });
    keys.replaceAll((k, v) -> List.copyOf(v));
    return new PlaceIndex(keys, byIso3);
  }

  private static void add(Map<String, List<PlaceEntry>> keys, String name, PlaceEntry e) {
    String key = PlaceKey.of(name);
    if (!key.isEmpty()) {
      List<PlaceEntry> list = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
      if (list.isEmpty() || list.get(list.size() - 1) != e) {
        list.add(e);
      }
    }
  }

  /** Population and centre (mean of the cities' coordinates, closer to a region's middle than a population-weighted one) of a set of cities. */
  private static final class Totals {
    long population;
    double weight;
    double lat;
    double lon;

    void add(PlaceEntry city) {
      double w = 1;
      population += city.population();
      weight += w;
      lat += w * city.lat();
      lon += w * city.lon();
    }

    double lat() {
      return lat / weight;
    }

    double lon() {
      return lon / weight;
    }
  }
}
