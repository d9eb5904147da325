package org.dyad.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The GDELT 2.0 event table: its 61 columns in their order, tab-separated, no header, so GDELT
 * tooling reads Dyad's events. Only events that took place as told go out (asserted, reported and
 * intended ones: GDELT has no modality, so negated and hypothetical ones stay home); ActionGeo holds
 * the event's action place when it has one; the actor geography, ethnic, religion and known-group
 * columns stay empty. AvgTone is the GDELT tone of the event's article (0 for an article stored before tone).
 * NumMentions and NumArticles count the article and its stored copies; NumSources their distinct sources.
 */
final class GdeltWriter {
  static final int COLUMNS = 61;
  private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final String SQL = "SELECT e.event_id, e.day, e.source_actor, e.source_name, e.target_actor, e.target_name, "
      + "e.code, e.root, e.quad_class, e.goldstein, e.start_offset, a.text, a.url, a.ingested, "
      + "1 + (SELECT count(*) FROM mentions m WHERE m.article_key = a.key), "
      + "(SELECT count(DISTINCT s) FROM (SELECT a.source AS s UNION ALL SELECT m.source FROM mentions m WHERE m.article_key = a.key) "
      + "WHERE s IS NOT NULL), e.place_name, e.place_kind, e.place_geonames_id, e.place_lat, e.place_lon, e.place_country, "
      + "a.gdelt_tone FROM events e JOIN articles a ON a.key = e.article_key "
      + "WHERE e.modality IN ('asserted', 'reported', 'intended') AND e.day IS NOT NULL ORDER BY e.event_id";
  private final Connection db;

  GdeltWriter(Connection db) {
    this.db = db;
  }

  long write(Path file) throws SQLException, IOException {
    long n = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        Statement st = db.createStatement(); ResultSet rs = st.executeQuery(SQL)) {
      while (rs.next()) {
        out.write(String.join("\t", row(GdeltValues.of(rs))));
        out.write('\n');
        n++;
      }
    }
    return n;
  }

  static List<String> row(GdeltValues rs) throws SQLException {
    List<String> c = new ArrayList<>(COLUMNS);
    LocalDate day = rs.getDate(2).toLocalDate();
    c.add(Long.toString(rs.getLong(1)));
    c.add(day.format(SQLDATE));
    c.add(day.format(DateTimeFormatter.ofPattern("yyyyMM")));
    c.add(Integer.toString(day.getYear()));
    c.add(String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear()));
    actor(c, rs.getString(3), rs.getString(4));
    actor(c, rs.getString(5), rs.getString(6));
    String code = rs.getString(7);
    c.add(isRoot(rs.getString(12), rs.getInt(11)) ? "1" : "0");
    c.add(code);
    c.add(code.length() > 3 ? code.substring(0, 3) : code);
    c.add(rs.getString(8));
    c.add(Integer.toString(rs.getInt(9)));
    c.add(String.format(Locale.ROOT, "%.1f", rs.getDouble(10)));
    String mentions = Long.toString(rs.getLong(15));
    c.add(mentions);
    c.add(Long.toString(Math.max(1, rs.getLong(16))));
    c.add(mentions);
    c.add(String.format(Locale.ROOT, "%.4f", rs.getDouble(23)));
    c.addAll(Collections.nCopies(2 * 8, ""));
    actionGeo(c, rs);
    Timestamp added = rs.getTimestamp(14);
    c.add(added.toLocalDateTime().format(ADDED));
    c.add(rs.getString(13) == null ? "" : rs.getString(13));
    return c;
  }

  /** Code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3: the ten columns of one actor. */
  private static void actor(List<String> c, String code, String name) {
    String country = ActorCodes.country(code);
    String role = ActorCodes.role(code);
    c.add(code == null ? "" : code);
    c.add(name == null ? "" : name.toUpperCase(Locale.ROOT).replaceAll("[\\t\\n\\r]+", " "));
    c.add(country == null ? "" : country);
    c.addAll(Collections.nCopies(4, ""));
    c.add(role == null ? "" : role.substring(0, Math.min(3, role.length())));
    c.add(role == null || role.length() < 6 ? "" : role.substring(3, 6));
    c.add("");
  }

  /**
   * ActionGeo's Type (1 country, 2 US state, 3 US city, 4 world city, 5 world state), FullName,
   * CountryCode (ISO alpha-2, where GDELT has FIPS 10-4), ADM1Code and ADM2Code (empty), Lat, Long
   * and FeatureID (the GeoNames id of a city, the country code of a country, else empty).
   */
  private static void actionGeo(List<String> c, GdeltValues rs) throws SQLException {
    String name = rs.getString(17);
    if (name == null) {
      c.addAll(Collections.nCopies(8, ""));
      return;
    }
    String kind = rs.getString(18);
    String country = ActorCodes.alpha2(rs.getString(22));
    boolean us = "US".equals(country);
    c.add(switch (kind) {
      case "country" -> "1";
      case "division" -> us ? "2" : "5";
      default -> us ? "3" : "4";
    });
    c.add(name.replaceAll("[\\t\\n\\r]+", " "));
    c.add(country);
    c.add("");
    c.add("");
    c.add(String.format(Locale.ROOT, "%.4f", rs.getDouble(20)));
    c.add(String.format(Locale.ROOT, "%.4f", rs.getDouble(21)));
    c.add(rs.get(19) == null ? (kind.equals("country") ? country : "") : Long.toString(rs.getLong(19)));
  }

  /** GDELT's IsRootEvent: the event is in the lead paragraph. */
  private static boolean isRoot(String text, int start) {
    int lead = text.indexOf("\n\n");
    return lead < 0 || start < lead;
  }
}
