package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from conditions and their parameters, so no value is ever spliced into SQL. */
final class Where {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  Where add(String condition, Object... values) {
    conditions.add(condition);
    params.addAll(List.of(values));
    return this;
  }

  /** The parameters of the conditions, in order. */
  List<Object> values() {
    return List.copyOf(params);
  }

  String sql() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** Binds the parameters from position {@code first}; returns the next free position. */
  int bind(PreparedStatement ps, int first) throws SQLException {
    int i = first;
    for (Object p : params) {
      ps.setObject(i++, p);
    }
    return i;
  }
}
