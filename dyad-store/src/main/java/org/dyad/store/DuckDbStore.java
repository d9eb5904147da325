package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;

/**
 * The DuckDB half of the store: one database file, opened by one process at a time. Every article
 * is written in one transaction, so a crash leaves either all of an article or none of it.
 */
final class DuckDbStore implements AutoCloseable {
  static final String SCHEMA_VERSION = "7";
  private final Connection db;
  private final List<Connection> readers = new CopyOnWriteArrayList<>();
  private final ThreadLocal<Connection> reader = ThreadLocal.withInitial(this::newReader);

  private DuckDbStore(Connection db) {
    this.db = db;
  }

  /** Opens (creating when absent) the database file; {@code readOnly} lets a server read beside nothing else writing. */
  static DuckDbStore open(Path file, boolean readOnly) {
    requireNonNull(file, "file is null");
    try {
      Properties props = new Properties();
      if (readOnly) {
        props.setProperty("duckdb.read_only", "true");
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
      DuckDbStore store = new DuckDbStore(c);
      if (!readOnly) {
        store.createSchema();
      }
      return store;
    } catch (SQLException e) {
      throw new StoreException(openFailure(file, e.getMessage()), e);
    }
  }

  private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");

  /** Why a store would not open, in Dyad's words: DuckDB's lock error names flags of its own tools. */
  static String openFailure(Path file, String duckDbMessage) {
    String m = duckDbMessage == null ? "" : duckDbMessage;
    if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
      Matcher pid = LOCK_HOLDER.matcher(m);
      return "the store " + file.getParent() + " is in use by another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
          + ": a `dyad serve` holds its store as long as it runs, and an ingest until it ends. Stop that process (or let the "
          + "ingest finish) and run this again; one process at a time opens a store";
    }
    return "cannot open the store database " + file + ": " + m;
  }

  /** The schema version the store records, or null when it records none. */
  String version() {
    return scalar("SELECT value FROM meta WHERE name = 'schema'");
  }

  Connection connection() {
    return db;
  }

  /**
   * A connection of the calling thread's own, on the same database: DuckDB connections must not be
   * shared between threads, and duplicates let a server's threads query side by side.
   */
  Connection readerForThread() {
    return reader.get();
  }

  private Connection newReader() {
    try {
      Connection c = db.unwrap(DuckDBConnection.class).duplicate();
      readers.add(c);
      return c;
    } catch (SQLException e) {
      throw new StoreException("cannot open a store connection: " + e.getMessage(), e);
    }
  }

  private void createSchema() throws SQLException {
    try (Statement st = db.createStatement()) {
      runScript(st, "schema.sql");
      st.execute("INSERT OR IGNORE INTO meta VALUES ('schema', '" + SCHEMA_VERSION + "')");
      for (int from = 1; from < Integer.parseInt(SCHEMA_VERSION); from++) {
        if (String.valueOf(from).equals(scalar("SELECT value FROM meta WHERE name = 'schema'"))) {
          runScript(st, "migrate-" + (from + 1) + ".sql");
        }
      }
    }
    String found = scalar("SELECT value FROM meta WHERE name = 'schema'");
    if (!SCHEMA_VERSION.equals(found)) {
      throw new StoreException("the store has schema version " + found + "; this Dyad reads version " + SCHEMA_VERSION
          + " (and migrates older versions)", null);
    }
  }

  /** Runs the statements of a script (ending with semicolons; -- comments). */
  private static void runScript(Statement st, String name) throws SQLException {
    for (String sql : script(name).replaceAll("(?m)--.*$", "").split(";")) {
      String stmt = sql.strip();
      if (!stmt.isEmpty()) {
        st.execute(stmt);
      }
    }
  }

  private static String script(String name) {
    try (InputStream in = DuckDbStore.class.getResourceAsStream(name)) {
      return new String(requireNonNull(in, name + " missing").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code work} in one transaction: all of it lands, or (on any exception) none. */
  void inTransaction(SqlWork work) {
    try {
      db.setAutoCommit(false);
      try {
        work.run(db);
        db.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("store write failed: " + e.getMessage(), e);
    }
  }

  boolean exists(String sql, String... args) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    }
  }

  String scalar(String sql) {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    }
  }

  long count(String table) {
    String n = scalar("SELECT count(*) FROM " + table);
    return n == null ? 0 : Long.parseLong(n);
  }

  @Override
  public void close() {
    try {
      for (Connection c : readers) {
        c.close();
      }
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store: " + e.getMessage(), e);
    }
  }

  /** A unit of SQL work. */
  @FunctionalInterface
  interface SqlWork {
    void run(Connection db) throws SQLException;
  }
}
