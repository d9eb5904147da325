package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Timelines of events per period, gap-aware: every period between the first and the last is a row. */
final class Timelines {
  private static final String FROM = " FROM events e JOIN articles a ON a.key = e.article_key";
  private final Sql sql;

  Timelines(Sql sql) {
    this.sql = sql;
  }

  /**
   * Counts per QuadClass, mean Goldstein and mean tone (of the events, and GDELT's of their articles) per
   * period, for the events matching the filter whose date is at least as precise as the period; from the
   * filter's first day (else the first event's period) to its last (else the last event's period).
   */
  Timeline timeline(EventFilter f, Period by) {
    String fine = "(" + Period.PRECISION_SQL + ") <= " + by.ordinal();
    Where w = f.where().add("e.day IS NOT NULL").add(fine);
    String query = "SELECT date_trunc('" + by.sql() + "', e.day) AS p, count(*), count(*) FILTER (WHERE quad_class = 1), "
        + "count(*) FILTER (WHERE quad_class = 2), count(*) FILTER (WHERE quad_class = 3), "
        + "count(*) FILTER (WHERE quad_class = 4), avg(goldstein), avg(e.tone), avg(a.gdelt_tone)"
        + FROM + w.sql() + " GROUP BY p ORDER BY p";
    List<TimelineRow> rows = sql.select(query, w, rs -> new TimelineRow(Sql.day(rs, 1), rs.getInt(2), rs.getInt(3),
        rs.getInt(4), rs.getInt(5), rs.getInt(6), Sql.rounded(rs, 7, 100), Sql.rounded(rs, 8, 1000), Sql.rounded(rs, 9, 100)));
    Where all = f.where();
    List<int[]> left = sql.select("SELECT count(*) FILTER (WHERE e.day IS NOT NULL AND NOT " + fine + "), "
        + "count(*) FILTER (WHERE e.day IS NULL)" + FROM + all.sql(), all, rs -> new int[] {rs.getInt(1), rs.getInt(2)});
    return new Timeline(by, filled(rows, f, by), left.get(0)[0], left.get(0)[1]);
  }

  /** The rows with an empty row for every period between them (and out to the filter's days) that has no event. */
  private static List<TimelineRow> filled(List<TimelineRow> rows, EventFilter f, Period by) {
    if (rows.isEmpty()) {
      return rows;
    }
    LocalDate first = f.from() != null ? by.start(f.from()) : rows.get(0).period();
    LocalDate last = f.to() != null ? by.start(f.to()) : rows.get(rows.size() - 1).period();
    Map<LocalDate, TimelineRow> byPeriod = new HashMap<>();
    rows.forEach(r -> byPeriod.put(r.period(), r));
    List<TimelineRow> out = new ArrayList<>();
    for (LocalDate p = first; !p.isAfter(last); p = by.next(p)) {
      if (out.size() >= Timeline.MAX_PERIODS) {
        throw new IllegalArgumentException("more than " + Timeline.MAX_PERIODS + " periods from " + first + " to " + last
            + ": choose a longer period (by week, month or year) or a shorter span (from, to)");
      }
      out.add(byPeriod.getOrDefault(p, TimelineRow.empty(p)));
    }
    return out;
  }
}
