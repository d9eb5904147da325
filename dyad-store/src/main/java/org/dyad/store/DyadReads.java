package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Which pairs of actors interact: the dyads of the stored events, by volume or by change. */
final class DyadReads {
  /** How {@link #dyads} orders: most events first, or the largest change between the last two windows first. */
  enum Order { VOLUME, CHANGE }

  private static final String SIDE = "coalesce(e.%1$s_country, e.%1$s_actor)";
  private final Sql sql;

  DyadReads(Sql sql) {
    this.sql = sql;
  }

  /**
   * The dyads of the events matching the filter (events with both a source and a target whose sides have
   * a code), with their counts in the last {@code window} days up to the filter's last day (else the last
   * event's day) and in the {@code window} days before; the filter's page is a page of dyads.
   */
  Slice<DyadRow> dyads(EventFilter f, int window, Order order) {
    if (window < 1 || window > 3660) {
      throw new IllegalArgumentException("window: want 1 to 3660 days, got " + window);
    }
    Where w = f.where().add("e.target_name IS NOT NULL").add(String.format(SIDE, "source") + " IS NOT NULL")
        .add(String.format(SIDE, "target") + " IS NOT NULL");
    String pairs = "WITH ev AS (SELECT least(" + String.format(SIDE, "source") + ", " + String.format(SIDE, "target") + ") AS a, "
        + "greatest(" + String.format(SIDE, "source") + ", " + String.format(SIDE, "target") + ") AS b, e.day, e.goldstein "
        + "FROM events e JOIN articles a ON a.key = e.article_key" + w.sql() + ")";
    String sort = order == Order.VOLUME ? "n DESC, a, b" : "abs(recent - previous) DESC, n DESC, a, b";
    LocalDate last = f.to() != null ? f.to() : sql.select(pairs + " SELECT max(day) FROM ev", w, rs -> Sql.day(rs, 1)).get(0);
    LocalDate reference = last == null ? LocalDate.EPOCH : last;
    // the window bounds are computed here: DuckDB 1.4 drops every row when a parameter feeds a CTE joined under ORDER BY/LIMIT
    String query = pairs + " SELECT a, b, count(*) AS n, count(*) FILTER (WHERE day > ? AND day <= ?) AS recent, "
        + "count(*) FILTER (WHERE day > ? AND day <= ?) AS previous, avg(goldstein), min(day), max(day) FROM ev "
        + "GROUP BY a, b ORDER BY " + sort + Sql.page(f.offset(), f.limit());
    List<Object> params = new ArrayList<>(w.values());
    params.addAll(List.of(reference.minusDays(window), reference, reference.minusDays(2L * window), reference.minusDays(window)));
    List<DyadRow> rows = sql.select(query, params, rs -> new DyadRow(rs.getString(1), rs.getString(2), rs.getLong(3),
        rs.getLong(4), rs.getLong(5), rs.getLong(4) - rs.getLong(5), Math.round(rs.getDouble(6) * 100) / 100.0,
        Sql.day(rs, 7), Sql.day(rs, 8)));
    long total = sql.select(pairs + " SELECT count(*) FROM (SELECT DISTINCT a, b FROM ev)", w, rs -> rs.getLong(1)).get(0);
    return new Slice<>(rows, total, f.offset());
  }
}
