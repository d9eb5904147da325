package org.dyad.eval.places;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Dyad's own geocoding test set ({@code places-gold.tsv}): short texts and the places they name. */
public final class PlaceGold {
  /** A place as written in a text, with its true coordinates and country. */
  public record Expected(String phrase, double lat, double lon, String country) {
    public Expected {
      requireNonNull(phrase, "phrase is null");
      requireNonNull(country, "country is null");
    }
  }

  /** One text and its places. */
  public record Case(String text, List<Expected> places) {
    public Case {
      requireNonNull(text, "text is null");
      places = List.copyOf(places);
    }
  }

  private PlaceGold() {}

  /** The bundled set. */
  public static List<Case> standard() {
    try (InputStream in = PlaceGold.class.getResourceAsStream("places-gold.tsv")) {
      if (in == null) {
        throw new IllegalStateException("places-gold.tsv is missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Case> parse(BufferedReader r) throws IOException {
    List<Case> out = new ArrayList<>();
    String text = null;
    List<Expected> places = new ArrayList<>();
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      String[] f = line.split("\t");
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      } else if (f[0].equals("T") && f.length == 2) {
        if (text != null) {
          out.add(new Case(text, places));
        }
        text = f[1];
        places = new ArrayList<>();
      } else if (f[0].equals("P") && f.length == 5 && text != null && text.contains(f[1])) {
        places.add(new Expected(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4]));
      } else {
        throw new IllegalArgumentException("places-gold.tsv line " + n + ": expected 'T<tab>text' or "
            + "'P<tab>phrase in the text<tab>lat<tab>lon<tab>ISO3': " + line);
      }
    }
    if (text != null) {
      out.add(new Case(text, places));
    }
    return out;
  }
}
