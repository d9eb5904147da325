package org.dyad.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One event's values in the column order of {@link GdeltWriter}'s query (1-based, as in JDBC): event
 * id, day, source actor and name, target actor and name, code, root, quad class, Goldstein, start
 * offset, article text, url, time added, mentions, distinct sources, then the action place's name,
 * kind, GeoNames id, latitude, longitude and country (columns 17 to 22), and the article's GDELT
 * tone (column 23, AvgTone). The store reads them from
 * DuckDB; the Spark job gives them from an array, so both write the same 61 GDELT columns. SQL
 * NULL reads as null, or 0 for numbers, as in JDBC.
 */
@FunctionalInterface
public interface GdeltValues {
  /** The value of a column, null for SQL NULL. */
  Object get(int column) throws SQLException;

  default long getLong(int column) throws SQLException {
    return get(column) instanceof Number n ? n.longValue() : 0L;
  }

  default int getInt(int column) throws SQLException {
    return get(column) instanceof Number n ? n.intValue() : 0;
  }

  default double getDouble(int column) throws SQLException {
    return get(column) instanceof Number n ? n.doubleValue() : 0.0;
  }

  default String getString(int column) throws SQLException {
    Object o = get(column);
    return o == null ? null : o.toString();
  }

  default Date getDate(int column) throws SQLException {
    Object o = get(column);
    return o instanceof LocalDate d ? Date.valueOf(d) : (Date) o;
  }

  default Timestamp getTimestamp(int column) throws SQLException {
    Object o = get(column);
    return o instanceof LocalDateTime t ? Timestamp.valueOf(t) : (Timestamp) o;
  }

  /** The current row of a result set. */
  static GdeltValues of(ResultSet rs) {
    return rs::getObject;
  }
}
