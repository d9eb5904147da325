package org.dyad.store;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dyad.model.Place;

/**
 * The geography GDELT's Geo columns want, as facts from packaged tables: FIPS 10-4 country codes (npm
 * {@code country-code-lookup}, packed by this module's build), first-level division codes of GeoNames (its
 * {@code cities1000} and {@code admin1} tables, packed by dyad-core's build for the gazetteer) and country centres
 * (world-countries, the same). Each table is read once, when first needed.
 */
final class GdeltGeography {
  private static final String PLACES = "/org/dyad/core/places/";

  private GdeltGeography() {
  }

  /** The FIPS 10-4 code of an ISO 3166 alpha-3 country ({@code RUS} is {@code RS}), or "" when the table has none. */
  static String fips(String alpha3) {
    return alpha3 == null ? "" : Fips.BY_ALPHA3.getOrDefault(alpha3, "");
  }

  /**
   * GDELT's ADM1Code of a place: the FIPS country code followed by the GeoNames first-level division code
   * ({@code RS48} for Moscow, {@code USTX} for Texas), the country code alone for a country, or only the country
   * code when the division is unknown.
   */
  static String adm1(Place p) {
    String country = fips(p.country());
    if (country.isEmpty() || p.kind().equals("country")) {
      return country;
    }
    String alpha2 = Fips.ALPHA2.getOrDefault(p.country(), "");
    String code = p.kind().equals("city") && p.geonamesId() != null ? Cities.ADMIN1.get(p.geonamesId())
        : Divisions.BY_NAME.get(alpha2 + "." + p.name().toLowerCase(Locale.ROOT));
    return code == null || code.isEmpty() || code.equals("00") ? country : country + code;
  }

  /** A country as a place at its centre (for an actor known only by its country), or null when unknown. */
  static Place country(String alpha3) {
    return alpha3 == null ? null : Countries.CENTRES.get(alpha3);
  }

  private static InputStream open(String resource) {
    InputStream in = GdeltGeography.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the classpath; the dyad-core and dyad-store builds pack it");
    }
    return in;
  }

  private static JsonNode json(String resource, JsonMapper mapper, String from, String to) {
    try (InputStream in = open(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int start = from == null ? 0 : text.indexOf(from) + from.length();
      int end = to == null ? text.length() : text.indexOf(to, start) + to.length();
      return mapper.readTree(text.substring(start, end));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** FIPS and alpha-2 codes by alpha-3 code, from the array literal of country-code-lookup's index.js. */
  private static final class Fips {
    static final Map<String, String> BY_ALPHA3 = new HashMap<>();
    static final Map<String, String> ALPHA2 = new HashMap<>();

    static {
      JsonMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
      for (JsonNode c : json("/org/dyad/store/country-code-lookup.js", lenient, "var countries = ", "\n]")) {
        String alpha3 = c.path("iso3").asText("");
        if (!alpha3.isEmpty() && !c.path("fips").asText("").isEmpty()) {
          BY_ALPHA3.put(alpha3, c.path("fips").asText());
        }
        if (!alpha3.isEmpty()) {
          ALPHA2.put(alpha3, c.path("iso2").asText(""));
        }
      }
    }
  }

  /** GeoNames' first-level division code of every city by its GeoNames id. */
  private static final class Cities {
    static final Map<Long, String> ADMIN1 = new HashMap<>();

    static {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(open(PLACES + "cities1000.txt.gz")),
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] f = line.split("\t", 12);
          if (f.length > 10 && !f[10].isEmpty()) {
            ADMIN1.put(Long.parseLong(f[0]), f[10]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the gazetteer's cities", e);
      }
    }
  }

  /** GeoNames' first-level division codes by "alpha-2.lower-case name". */
  private static final class Divisions {
    static final Map<String, String> BY_NAME = new HashMap<>();

    static {
      for (JsonNode d : json(PLACES + "admin1.json", JsonMapper.builder().build(), null, null)) {
        String[] code = d.path("code").asText().split("\\.", 2);
        if (code.length == 2) {
          BY_NAME.putIfAbsent(code[0] + "." + d.path("name").asText().toLowerCase(Locale.ROOT), code[1]);
        }
      }
    }
  }

  /** Each country at its centre, by alpha-3 code. */
  private static final class Countries {
    static final Map<String, Place> CENTRES = new HashMap<>();

    static {
      for (JsonNode c : json(PLACES + "countries.json", JsonMapper.builder().build(), null, null)) {
        JsonNode ll = c.path("latlng");
        String alpha3 = c.path("cca3").asText();
        if (ll.size() == 2) {
          CENTRES.put(alpha3, new Place(c.path("name").path("common").asText(), null, ll.get(0).asDouble(), ll.get(1).asDouble(),
              alpha3, "country"));
        }
      }
    }
  }
}
