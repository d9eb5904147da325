package org.dyad.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader of GDELT 2.0 event files (".export.CSV": tab-separated, no header, 61 columns), written from the GDELT
 * 2.0 event codebook's column list, independent of Dyad's writer: a line becomes a map of column name to value.
 */
final class Gdelt20Reader {
  private static final List<String> ACTOR = List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
      "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code");
  private static final List<String> GEO = List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
      "FeatureID");
  /** The codebook's 61 column names, in order. */
  static final List<String> COLUMNS = columns();

  private Gdelt20Reader() {
  }

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    ACTOR.forEach(a -> c.add("Actor1" + a));
    ACTOR.forEach(a -> c.add("Actor2" + a));
    c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
        "NumSources", "NumArticles", "AvgTone"));
    for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      GEO.forEach(g -> c.add(geo + g));
    }
    c.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(c);
  }

  /** Every line of the file as named columns; a line without 61 columns is refused. */
  static List<Map<String, String>> read(Path file) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] v = line.split("\t", -1);
      if (v.length != COLUMNS.size()) {
        throw new IllegalArgumentException("a GDELT 2.0 event line has 61 columns, this one " + v.length + ": " + line);
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < v.length; i++) {
        row.put(COLUMNS.get(i), v[i]);
      }
      out.add(row);
    }
    return out;
  }
}
