package org.dyad.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.ActorRef;
import org.dyad.model.Place;

/**
 * The GDELT 2.0 event table: its 61 columns in their order, tab-separated, no header, so GDELT
 * tooling reads Dyad's events. Only events that took place as told go out (asserted, reported and
 * intended ones: GDELT has no modality, so negated and hypothetical ones stay home), and only dated ones
 * (GDELT files every event under a day; the others are counted). Country codes are FIPS 10-4, as GDELT's;
 * ActionGeo holds the event's action place (or its article's dateline place), Actor1Geo and Actor2Geo the place
 * tied to each actor ({@link GdeltEvent#actorGeo}); the known-group, ethnic and religion columns stay empty.
 * AvgTone is the GDELT tone of the event's article (0 for an article stored before tone). NumMentions and
 * NumArticles count the article and its stored copies; NumSources their distinct sources.
 */
final class GdeltWriter {
  static final int COLUMNS = 61;
  private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final String EXPORTED = "e.modality IN ('asserted', 'reported', 'intended')";
  private static final String SQL = "SELECT e.event_id, e.day, e.source_name, e.source_actor, e.target_name, e.target_actor, "
      + "e.code, e.root, e.quad_class, e.goldstein, e.start_offset, e.end_offset, a.text, a.url, a.ingested, "
      + "1 + (SELECT count(*) FROM mentions m WHERE m.article_key = a.key), "
      + "(SELECT count(DISTINCT s) FROM (SELECT a.source AS s UNION ALL SELECT m.source FROM mentions m WHERE m.article_key = a.key) "
      + "WHERE s IS NOT NULL), e.place_name, e.place_kind, e.place_geonames_id, e.place_lat, e.place_lon, e.place_country, "
      + "a.gdelt_tone, a.key FROM events e JOIN articles a ON a.key = e.article_key "
      + "WHERE " + EXPORTED + " AND e.day IS NOT NULL";
  private final Connection db;
  /** The articles whose events go out, or null for all. */
  private final Collection<String> articles;

  GdeltWriter(Connection db) {
    this(db, null);
  }

  /** A writer of the events of these articles only (by store key), or of all when null. */
  GdeltWriter(Connection db, Collection<String> articles) {
    this.db = db;
    this.articles = articles == null ? null : List.copyOf(new LinkedHashSet<>(articles));
  }

  /** {@code AND column IN (?, ...)} for the chosen articles (nothing when all); an empty choice matches nothing. */
  private Where only(String column) {
    Where w = new Where();
    if (articles != null) {
      w.add(articles.isEmpty() ? "FALSE" : column + " IN (" + String.join(", ", Collections.nCopies(articles.size(), "?")) + ")",
          articles.toArray());
    }
    return w;
  }

  private static String and(Where w) {
    return w.sql().replaceFirst("^ WHERE ", " AND ");
  }

  /** Writes the table; says how many events it wrote and how many it left out for want of a day. */
  Exporter.Written write(Path file) throws SQLException, IOException {
    Map<String, List<GdeltEvent.Mention>> places = places();
    long n = 0;
    Where w = only("a.key");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        PreparedStatement ps = db.prepareStatement(SQL + and(w) + " ORDER BY e.event_id")) {
      w.bind(ps, 1);
      ResultSet rs = ps.executeQuery();
      while (rs.next()) {
        out.write(String.join("\t", row(event(rs, places.getOrDefault(rs.getString(25), List.of())))));
        out.write('\n');
        n++;
      }
    }
    long undated = count("SELECT count(*) FROM events e WHERE " + EXPORTED + " AND e.day IS NULL");
    long untold = count("SELECT count(*) FROM events e WHERE NOT (" + EXPORTED + ")");
    return new Exporter.Written(n, undated == 0 && untold == 0 ? List.of() : List.of(undated
        + " event(s) without a calendar date (GDELT files every event under a day)", untold + " negated or hypothetical event(s)"));
  }

  private long count(String sql) throws SQLException {
    Where w = only("e.article_key");
    try (PreparedStatement ps = db.prepareStatement(sql + and(w))) {
      w.bind(ps, 1);
      ResultSet rs = ps.executeQuery();
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The placed entity mentions of every article, by article key, in text order. */
  private Map<String, List<GdeltEvent.Mention>> places() throws SQLException {
    Map<String, List<GdeltEvent.Mention>> out = new HashMap<>();
    String sql = "SELECT article_key, start_offset, end_offset, place_name, place_kind, place_geonames_id, place_lat, place_lon, "
        + "place_country FROM entities WHERE place_name IS NOT NULL";
    Where w = only("article_key");
    try (PreparedStatement ps = db.prepareStatement(sql + and(w) + " ORDER BY article_key, start_offset")) {
      w.bind(ps, 1);
      ResultSet rs = ps.executeQuery();
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new GdeltEvent.Mention(rs.getInt(2), rs.getInt(3), Sql.place(rs, 4)));
      }
    }
    return out;
  }

  private static GdeltEvent event(ResultSet rs, List<GdeltEvent.Mention> places) throws SQLException {
    String text = rs.getString(13);
    int start = rs.getInt(11);
    int end = rs.getInt(12);
    ActorRef source = new ActorRef(rs.getString(3), rs.getString(4));
    ActorRef target = rs.getString(5) == null ? null : new ActorRef(rs.getString(5), rs.getString(6));
    long mentions = rs.getLong(16);
    return new GdeltEvent(rs.getLong(1), Sql.day(rs, 2), source, target, rs.getString(7), rs.getString(8), rs.getInt(9),
        rs.getDouble(10), GdeltEvent.inLead(text, start), mentions, Math.max(1, rs.getLong(17)), mentions, Sql.rounded(rs, 24, 1_000_000),
        Sql.place(rs, 18), GdeltEvent.actorGeo(source, text, start, end, places), GdeltEvent.actorGeo(target, text, start, end, places),
        rs.getTimestamp(15).toLocalDateTime(), rs.getString(14));
  }

  static List<String> row(GdeltEvent e) {
    List<String> c = new ArrayList<>(COLUMNS);
    c.add(Long.toString(e.id()));
    c.add(e.day().format(SQLDATE));
    c.add(e.day().format(DateTimeFormatter.ofPattern("yyyyMM")));
    c.add(Integer.toString(e.day().getYear()));
    // FractionDate as GDELT's codebook computes it: the year plus (MONTH * 30 + DAY) / 365
    c.add(String.format(Locale.ROOT, "%.4f", e.day().getYear() + (e.day().getMonthValue() * 30 + e.day().getDayOfMonth()) / 365.0));
    actor(c, e.source());
    actor(c, e.target());
    c.add(e.rootEvent() ? "1" : "0");
    c.add(e.code());
    c.add(e.code().length() > 3 ? e.code().substring(0, 3) : e.code());
    c.add(e.root());
    c.add(Integer.toString(e.quadClass()));
    c.add(String.format(Locale.ROOT, "%.1f", e.goldstein()));
    c.add(Long.toString(e.mentions()));
    c.add(Long.toString(Math.max(1, e.sources())));
    c.add(Long.toString(e.articles()));
    c.add(String.format(Locale.ROOT, "%.4f", e.tone() == null ? 0.0 : e.tone()));
    geo(c, e.actor1Geo());
    geo(c, e.actor2Geo());
    geo(c, e.actionGeo());
    c.add(e.added().format(ADDED));
    c.add(e.url() == null ? "" : e.url());
    return c;
  }

  /** Code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3: the ten columns of one actor. */
  private static void actor(List<String> c, ActorRef a) {
    String code = a == null ? null : a.actor();
    String country = ActorCodes.country(code);
    String role = ActorCodes.role(code);
    c.add(code == null ? "" : code);
    c.add(a == null ? "" : clean(a.name()).toUpperCase(Locale.ROOT));
    c.add(country == null ? "" : country);
    c.addAll(Collections.nCopies(4, ""));
    c.add(role == null ? "" : role.substring(0, Math.min(3, role.length())));
    c.add(role == null || role.length() < 6 ? "" : role.substring(3, 6));
    c.add("");
  }

  /**
   * A place's eight Geo columns: Type (1 country, 2 US state, 3 US city, 4 world city, 5 world state), FullName,
   * CountryCode (FIPS 10-4), ADM1Code (FIPS country and GeoNames division, {@code RS48}), ADM2Code (empty), Lat,
   * Long and FeatureID (the GeoNames id of a city, the FIPS code of a country, else empty); eight empty columns
   * for no place.
   */
  private static void geo(List<String> c, Place p) {
    if (p == null) {
      c.addAll(Collections.nCopies(8, ""));
      return;
    }
    String country = GdeltGeography.fips(p.country());
    boolean us = "USA".equals(p.country());
    c.add(switch (p.kind()) {
      case "country" -> "1";
      case "division" -> us ? "2" : "5";
      default -> us ? "3" : "4";
    });
    c.add(clean(p.name()));
    c.add(country);
    c.add(GdeltGeography.adm1(p));
    c.add("");
    c.add(String.format(Locale.ROOT, "%.4f", p.lat()));
    c.add(String.format(Locale.ROOT, "%.4f", p.lon()));
    c.add(p.geonamesId() != null ? Long.toString(p.geonamesId()) : p.kind().equals("country") ? country : "");
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\n\\r]+", " ");
  }
}
