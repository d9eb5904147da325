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
import java.util.List;
import java.util.function.Supplier;
import org.dyad.model.Place;

/** Runs the store's read queries on the calling thread's connection, every value bound as a parameter. */
final class Sql {
  private final Supplier<Connection> db;

  /** @param db gives the calling thread's connection */
  Sql(Supplier<Connection> db) {
    this.db = db;
  }

  <T> List<T> select(String sql, Where w, Row<T> row) {
    return select(sql, w.values(), row);
  }

  <T> List<T> select(String sql, List<Object> params, Row<T> row) {
    try (PreparedStatement ps = db.get().prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
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

  /** The number a one-number query gives. */
  long count(String sql, Where w) {
    return select(sql, w, rs -> rs.getLong(1)).get(0);
  }

  static LocalDate day(ResultSet rs, int col) throws SQLException {
    Date d = rs.getDate(col);
    return d == null ? null : d.toLocalDate();
  }

  /** A nullable number rounded to {@code 1/scale}. */
  static Double rounded(ResultSet rs, int col, int scale) throws SQLException {
    double v = rs.getDouble(col);
    return rs.wasNull() ? null : Math.round(v * scale) / (double) scale;
  }

  /** The six place columns from {@code col} (name, kind, GeoNames id, latitude, longitude, country), or null. */
  static Place place(ResultSet rs, int col) throws SQLException {
    String name = rs.getString(col);
    if (name == null) {
      return null;
    }
    long id = rs.getLong(col + 2);
    return new Place(name, rs.wasNull() ? null : id, rs.getDouble(col + 3), rs.getDouble(col + 4), rs.getString(col + 5),
        rs.getString(col + 1));
  }

  static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).sorted().toList();
  }

  /** " LIMIT n OFFSET m" for a page (both numbers checked, never text from a request). */
  static String page(int offset, int limit) {
    return " LIMIT " + limit + " OFFSET " + offset;
  }

  /** Reads one result row. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }
}
