package org.dyad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.dyad.model.ActorRef;
import org.dyad.model.Place;

/** The store's event questions: events in date order, one event many reports, and where events happened. */
final class EventReads {
  static final String FROM = " FROM events e JOIN articles a ON a.key = e.article_key";
  static final String COLUMNS = "e.event_id, e.article_key, a.title, a.url, e.day, e.date, e.date_source, "
      + "e.source_name, e.source_actor, e.target_name, e.target_actor, e.code, e.root, e.quad_class, e.goldstein, e.plover, "
      + "e.modality, e.start_offset, e.end_offset, e.evidence, "
      + "e.place_name, e.place_kind, e.place_geonames_id, e.place_lat, e.place_lon, e.place_country, e.place_source, e.tone, "
      + "e.lexicon, (SELECT count(*) FROM mentions m WHERE m.article_key = e.article_key)";
  /** Events in calendar order; undated ones last; ties in the order they were stored. */
  static final String ORDER = " ORDER BY e.day NULLS LAST, e.event_id";
  /** The most reports {@link #reports} merges, and {@link #places} groups, in one call. */
  static final int MAX_REPORTS = 100_000;
  private final Sql sql;

  EventReads(Sql sql) {
    this.sql = sql;
  }

  Slice<EventRow> events(EventFilter f) {
    Where w = f.where();
    List<EventRow> rows = sql.select("SELECT " + COLUMNS + FROM + w.sql() + ORDER + Sql.page(f.offset(), f.limit()), w, EventReads::row);
    return new Slice<>(rows, sql.count("SELECT count(*)" + FROM + w.sql(), w), f.offset());
  }

  List<EventRow> ofArticles(Collection<String> keys) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(keys));
    if (distinct.isEmpty()) {
      return List.of();
    }
    Where w = new Where().add("e.article_key IN (" + String.join(", ", Collections.nCopies(distinct.size(), "?")) + ")", distinct.toArray());
    return sql.select("SELECT " + COLUMNS + FROM + w.sql() + " ORDER BY e.event_id", w, EventReads::row);
  }

  static EventRow row(ResultSet rs) throws SQLException {
    String target = rs.getString(10);
    String key = rs.getString(2);
    String code = rs.getString(12);
    return new EventRow(rs.getLong(1), key, rs.getString(3), rs.getString(4), Sql.day(rs, 5), rs.getString(6), rs.getString(7),
        new ActorRef(rs.getString(8), rs.getString(9)), target == null ? null : new ActorRef(target, rs.getString(11)),
        code, EventRecords.codeName(code), rs.getString(13), rs.getInt(14), rs.getDouble(15), rs.getString(16), rs.getString(17),
        rs.getInt(18), rs.getInt(19), rs.getString(20), Sql.place(rs, 21), rs.getString(27), Sql.rounded(rs, 28, 10_000),
        rs.getString(29), 1 + rs.getInt(30), List.of(key));
  }

  /** Every event the filter matches (up to {@link #MAX_REPORTS}), in date order. */
  private List<EventRow> everyMatch(EventFilter f, Where w) {
    return sql.select("SELECT " + COLUMNS + FROM + w.sql() + ORDER + Sql.page(0, MAX_REPORTS), w, EventReads::row);
  }

  /**
   * One event, many reports: the events matching the filter merged across articles
   * ({@link EventRecords#merge}), each counted once per reporting article and once more per stored copy of
   * it; the filter's page is a page of merged events.
   */
  Slice<EventRow> reports(EventFilter f) {
    Map<String, Integer> copies = new HashMap<>();
    sql.select("SELECT article_key, count(*) FROM mentions GROUP BY article_key", new Where(),
        rs -> copies.put(rs.getString(1), rs.getInt(2)));
    List<EventRow> merged = EventRecords.merge(everyMatch(f, f.where()), k -> copies.getOrDefault(k, 0));
    return new Slice<>(merged.subList(Math.min(f.offset(), merged.size()), Math.min(f.offset() + f.limit(), merged.size())),
        merged.size(), Math.min(f.offset(), merged.size()));
  }

  /**
   * Where events happened: the matching events that have a place (their own, or their article's dateline),
   * grouped by place, most events first; the filter's page is a page of places, each with its event count,
   * how many of them are placed by the dateline only, and its first {@code perPlace} events.
   */
  Slice<PlaceRow> places(EventFilter f, int perPlace) {
    Map<Place, List<EventRow>> byPlace = new LinkedHashMap<>();
    for (EventRow r : everyMatch(f, f.where().add("e.place_name IS NOT NULL"))) {
      byPlace.computeIfAbsent(r.place(), k -> new ArrayList<>()).add(r);
    }
    List<PlaceRow> all = byPlace.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<Place, List<EventRow>> e) -> e.getValue().size()).reversed())
        .map(e -> PlaceRow.of(e.getKey(), e.getValue(), perPlace))
        .toList();
    int from = Math.min(f.offset(), all.size());
    return new Slice<>(all.subList(from, Math.min(from + f.limit(), all.size())), all.size(), from);
  }
}
