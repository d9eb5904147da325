package org.dyad.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dyad.core.events.EventMerger;
import org.dyad.core.events.MergedEvent;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;
import org.dyad.model.Place;

/** Read-only questions an analyst asks of the store. */
public final class Queries {
  private static final String EVENT_COLUMNS = "e.event_id, e.article_key, a.url, a.title, e.source_name, e.source_actor, "
      + "e.target_name, e.target_actor, e.code, e.quad_class, e.goldstein, e.plover, e.date, e.date_source, e.day, "
      + "e.modality, e.start_offset, e.end_offset, e.evidence, "
      + "e.place_name, e.place_kind, e.place_geonames_id, e.place_lat, e.place_lon, e.place_country";
  /** The most reports {@link #reports} merges in one call. */
  static final int MAX_REPORTS = 100_000;
  private final Supplier<Connection> db;
  private final SearchIndex index;

  /** @param db gives the calling thread's connection */
  Queries(Supplier<Connection> db, SearchIndex index) {
    this.db = db;
    this.index = index;
  }

  /** Events matching the filter, in id order (stable for cursor paging). */
  public List<EventRow> events(EventFilter f) {
    return events(f, f.where());
  }

  private List<EventRow> events(EventFilter f, Where w) {
    String sql = "SELECT " + EVENT_COLUMNS + " FROM events e JOIN articles a ON a.key = e.article_key" + w.sql()
        + " ORDER BY e.event_id LIMIT " + f.limit();
    return select(sql, w, rs -> new EventRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10),
        rs.getDouble(11), rs.getString(12), rs.getString(13), rs.getString(14), day(rs, 15), rs.getString(16),
        rs.getInt(17), rs.getInt(18), rs.getString(19), place(rs, 20)));
  }

  /**
   * Where events happened: the events matching the filter that have an action place, grouped by
   * place, the places with most events first (at most the filter's limit), each with its event count
   * and its first {@code perPlace} events.
   */
  public List<PlaceRow> places(EventFilter f, int perPlace) {
    Map<Place, List<EventRow>> byPlace = new LinkedHashMap<>();
    for (EventRow r : events(everyMatch(f), f.where().add("e.place_name IS NOT NULL"))) {
      byPlace.computeIfAbsent(r.place(), k -> new ArrayList<>()).add(r);
    }
    return byPlace.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<Place, List<EventRow>> e) -> e.getValue().size()).reversed())
        .limit(f.limit())
        .map(e -> new PlaceRow(e.getKey(), e.getValue().size(), e.getValue().subList(0, Math.min(perPlace, e.getValue().size()))))
        .toList();
  }

  /** The filter without its limit (up to {@link #MAX_REPORTS}): for questions that must see every match first. */
  private static EventFilter everyMatch(EventFilter f) {
    return new EventFilter(f.dyad(), f.from(), f.to(), f.code(), f.modality(), f.after(), MAX_REPORTS);
  }

  /**
   * One event, many reports: the events matching the filter merged across articles by
   * {@link EventMerger} (same date, code and modality, the same actors at any level), each counted
   * once per reporting article and once more per stored copy of that article.
   */
  public List<ReportRow> reports(EventFilter f) {
    // every matching report must be seen before merging; the limit applies to the merged events
    List<EventRow> rows = events(everyMatch(f));
    Map<String, Long> copies = new HashMap<>();
    Where w = new Where();
    select("SELECT article_key, count(*) FROM mentions GROUP BY article_key", w, rs -> copies.put(rs.getString(1), rs.getLong(2)));
    Map<Event, EventRow> byEvent = new IdentityHashMap<>();
    List<EventMerger.Report> reports = new ArrayList<>();
    for (EventRow r : rows) {
      Event e = new Event(new ActorRef(r.sourceName(), r.sourceActor()),
          r.targetName() == null ? null : new ActorRef(r.targetName(), r.targetActor()), r.code(), r.code().substring(0, 2),
          r.quadClass(), r.goldstein(), r.plover(), r.date() != null ? r.date() : r.day() == null ? null : r.day().toString(),
          r.dateSource(), r.modality(), r.start(), r.end(), r.place());
      byEvent.put(e, r);
      reports.add(new EventMerger.Report(r.articleKey(), e));
    }
    List<ReportRow> out = new ArrayList<>();
    for (MergedEvent m : EventMerger.merge(reports).stream().limit(f.limit()).toList()) {
      Event e = m.event();
      EventRow first = byEvent.get(e);
      int mentions = m.articles().stream().mapToInt(k -> 1 + copies.getOrDefault(k, 0L).intValue()).sum() + m.mentions() - m.articles().size();
      out.add(new ReportRow(first.day(), e.date(), e.source().name(), e.source().actor(), first.targetName(), first.targetActor(),
          e.code(), e.quadClass(), e.goldstein(), e.modality(), mentions, m.articles(), first.eventId(), first.evidence(),
          first.place()));
    }
    return out;
  }

  /**
   * Counts per QuadClass, mean Goldstein and mean tone (of the events, and GDELT's of their articles) per
   * period, for the events matching the filter that have a day.
   */
  public List<TimelineRow> timeline(EventFilter f, Period by) {
    Where w = f.where().add("e.day IS NOT NULL");
    String sql = "SELECT date_trunc('" + by.sql() + "', e.day) AS p, count(*), count(*) FILTER (WHERE quad_class = 1), "
        + "count(*) FILTER (WHERE quad_class = 2), count(*) FILTER (WHERE quad_class = 3), "
        + "count(*) FILTER (WHERE quad_class = 4), avg(goldstein), avg(e.tone), avg(a.gdelt_tone) "
        + "FROM events e JOIN articles a ON a.key = e.article_key" + w.sql() + " GROUP BY p ORDER BY p";
    return select(sql, w, rs -> new TimelineRow(day(rs, 1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
        rs.getInt(6), Math.round(rs.getDouble(7) * 100) / 100.0, rounded(rs, 8, 1000), rounded(rs, 9, 100)));
  }

  /** A nullable number rounded to {@code 1/scale}. */
  private static Double rounded(ResultSet rs, int col, int scale) throws SQLException {
    double v = rs.getDouble(col);
    return rs.wasNull() ? null : Math.round(v * scale) / (double) scale;
  }

  /**
   * Quotes by a speaker and/or about an actor, with the meaning of {@code StatementQuery}: the speaker
   * by part of the name (any case), actor code or entity id; about an actor when an entity inside the
   * quote has that actor code or country ({@code RUS} takes in {@code RUSGOV}), or an event inside it targets one.
   */
  public List<QuoteRow> quotes(String speaker, String about, int limit) {
    Where w = new Where();
    if (speaker != null) {
      w.add("(lower(q.speaker) LIKE '%' || lower(?) || '%' OR upper(q.speaker_actor) = upper(?) OR q.speaker_entity = ?)",
          speaker, speaker, speaker);
    }
    if (about != null) {
      String code = about.toUpperCase(Locale.ROOT);
      String matches = "(%1$s = ? OR (length(?) = 3 AND %1$s LIKE ? || '%%'))";
      w.add("(EXISTS (SELECT 1 FROM entities en WHERE en.article_key = q.article_key AND en.start_offset >= q.start_offset "
          + "AND en.end_offset <= q.end_offset AND (" + String.format(matches, "en.actor") + " OR " + String.format(matches, "en.country") + ")) "
          + "OR EXISTS (SELECT 1 FROM events ev WHERE ev.article_key = q.article_key AND ev.start_offset < q.end_offset "
          + "AND q.start_offset < ev.end_offset AND " + String.format(matches, "ev.target_actor") + "))",
          code, code, code, code, code, code, code, code, code);
    }
    String sql = "SELECT q.article_key, a.title, q.start_offset, q.end_offset, q.text, q.direct, q.cue, q.speaker, "
        + "q.speaker_entity, q.speaker_actor, q.speaker_title, q.date, q.date_source, q.day, q.tone FROM quotes q "
        + "JOIN articles a ON a.key = q.article_key" + w.sql() + " ORDER BY q.day NULLS LAST, q.article_key, q.n LIMIT " + limit;
    return select(sql, w, rs -> new QuoteRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
        rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
        rs.getString(12), rs.getString(13), day(rs, 14), rounded(rs, 15, 10_000)));
  }

  /** Entities across the corpus, most mentioned first; {@code type} (PERSON, ORGANIZATION, ...) may be null. */
  public List<ActorRow> actors(String type, int limit) {
    Where w = new Where();
    if (type != null) {
      w.add("type = ?", type.toUpperCase(Locale.ROOT));
    }
    String sql = "SELECT entity_id, mode(type), mode(name), mode(country), mode(actor), count(*), count(DISTINCT article_key), "
        + "list(DISTINCT title) FILTER (WHERE title IS NOT NULL) FROM entities" + w.sql()
        + " GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT " + limit;
    return select(sql, w, rs -> new ActorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getLong(6), rs.getLong(7), strings(rs.getArray(8))));
  }

  /** Articles in key order after the cursor {@code after} (null for the first page). */
  public List<ArticleRow> articles(String after, int limit) {
    Where w = new Where();
    if (after != null) {
      w.add("a.key > ?", after);
    }
    String sql = "SELECT a.key, a.id, a.url, a.source, a.title, a.published, "
        + "(SELECT count(*) FROM mentions m WHERE m.article_key = a.key), (SELECT count(*) FROM quotes q WHERE q.article_key = a.key), "
        + "(SELECT count(*) FROM events e WHERE e.article_key = a.key) FROM articles a" + w.sql() + " ORDER BY a.key LIMIT " + limit;
    return select(sql, w, rs -> new ArticleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), day(rs, 6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
  }

  /** The stored article as `dyad analyze` wrote it (one JSON object), or empty. */
  public Optional<String> articleJson(String key) {
    Where w = new Where().add("key = ?", key);
    List<String> rows = select("SELECT json FROM articles" + w.sql(), w, rs -> rs.getString(1));
    return rows.stream().findFirst();
  }

  /** Full-text search over titles, texts and quotes. */
  public List<SearchHit> search(String query, int limit) {
    return index.search(query, limit);
  }

  <T> List<T> select(String sql, Where w, Row<T> row) {
    try (PreparedStatement ps = db.get().prepareStatement(sql)) {
      w.bind(ps, 1);
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row.read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("store query failed: " + e.getMessage(), e);
    }
  }

  private static LocalDate day(ResultSet rs, int col) throws SQLException {
    Date d = rs.getDate(col);
    return d == null ? null : d.toLocalDate();
  }

  /** The six place columns from {@code col} (name, kind, GeoNames id, latitude, longitude, country), or null. */
  private static Place place(ResultSet rs, int col) throws SQLException {
    String name = rs.getString(col);
    if (name == null) {
      return null;
    }
    long id = rs.getLong(col + 2);
    return new Place(name, rs.wasNull() ? null : id, rs.getDouble(col + 3), rs.getDouble(col + 4), rs.getString(col + 5),
        rs.getString(col + 1));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).sorted().toList();
  }

  /** Reads one result row. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }
}
