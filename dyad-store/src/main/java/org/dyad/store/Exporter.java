package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Writes the store out for other tools: JSON lines of whole articles (as {@code dyad analyze}
 * writes them), CSV or Parquet of one table (DuckDB's own writers), or the GDELT 2.0 event table.
 */
public final class Exporter {
  /** What an export writes. */
  public enum Format { JSONL, CSV, PARQUET, GDELT }

  /** The tables CSV and Parquet exports can write. */
  public enum Table { EVENTS, QUOTES, ENTITIES, ARTICLES, MENTIONS, FAILURES }

  private final Connection db;

  Exporter(Connection db) {
    this.db = db;
  }

  /**
   * What an export wrote: its rows, and what it left out, each a count and why ("3 event(s) without a
   * calendar date ..."), for the user to be told.
   */
  public record Written(long rows, List<String> leftOut) {
    public Written {
      leftOut = List.copyOf(leftOut);
    }
  }

  /** Writes {@code format} to {@code file}; {@code table} matters for CSV and Parquet only. */
  public Written export(Format format, Table table, Path file) {
    requireNonNull(file, "file is null");
    try {
      return switch (format) {
        case JSONL -> new Written(jsonl(file), List.of());
        case CSV -> new Written(copy(table, file, "(FORMAT csv, HEADER)"), List.of());
        case PARQUET -> new Written(copy(table, file, "(FORMAT parquet)"), List.of());
        case GDELT -> new GdeltWriter(db).write(file);
      };
    } catch (SQLException e) {
      throw new StoreException("export failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes the GDELT 2.0 event table of these articles only (by store key, as {@link Corpus#articleKey} gives
   * them): the update file of one watch cycle. Their events carry the counts of every report stored so far.
   */
  public Written gdelt(Path file, Collection<String> articleKeys) {
    requireNonNull(file, "file is null");
    requireNonNull(articleKeys, "articleKeys is null");
    try {
      return new GdeltWriter(db, articleKeys).write(file);
    } catch (SQLException e) {
      throw new StoreException("export failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes the events table as reviewed (CSV or Parquet): each event's latest judgement applied (a correction's code
   * with its root, QuadClass, Goldstein and PLOVER, its actor codes with their countries, its date), the events
   * judged wrong left out (counted in {@link Written#leftOut}), and a last column {@code reviewed}: right, corrected
   * or empty (not reviewed).
   */
  public Written reviewedEvents(Format format, Path file) {
    requireNonNull(file, "file is null");
    if (format != Format.CSV && format != Format.PARQUET) {
      throw new IllegalArgumentException("--reviewed writes the events table as csv or parquet, not " + format.name().toLowerCase(Locale.ROOT));
    }
    String select = "SELECT e.* REPLACE (coalesce(r.new_code, e.code) AS code, coalesce(r.new_root, e.root) AS root, "
        + "coalesce(r.new_quad_class, e.quad_class) AS quad_class, coalesce(r.new_goldstein, e.goldstein) AS goldstein, "
        + "coalesce(r.new_plover, e.plover) AS plover, coalesce(r.new_source_actor, e.source_actor) AS source_actor, "
        + "CASE WHEN r.new_source_actor IS NULL THEN e.source_country ELSE r.new_source_country END AS source_country, "
        + "coalesce(r.new_target_actor, e.target_actor) AS target_actor, "
        + "CASE WHEN r.new_target_actor IS NULL THEN e.target_country ELSE r.new_target_country END AS target_country, "
        + "coalesce(CAST(r.new_date AS VARCHAR), e.date) AS date, CASE WHEN r.new_date IS NULL THEN e.date_source ELSE 'review' END "
        + "AS date_source, coalesce(r.new_date, e.day) AS day), r.verdict AS reviewed FROM events e LEFT JOIN " + Reviews.LATEST
        + " r ON " + Reviews.MATCH;
    String path = file.toAbsolutePath().toString().replace("'", "''");
    String options = format == Format.CSV ? "(FORMAT csv, HEADER)" : "(FORMAT parquet)";
    try (Statement st = db.createStatement()) {
      st.execute("COPY (" + select + " WHERE r.verdict IS NULL OR r.verdict <> 'wrong' ORDER BY e.event_id) TO '" + path + "' " + options);
      try (ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE r.verdict IS NULL OR r.verdict <> 'wrong'), "
          + "count(*) FILTER (WHERE r.verdict = 'wrong') FROM events e LEFT JOIN " + Reviews.LATEST + " r ON " + Reviews.MATCH)) {
        rs.next();
        long rejected = rs.getLong(2);
        return new Written(rs.getLong(1), rejected == 0 ? List.of() : List.of(rejected + " event(s) judged wrong"));
      }
    } catch (SQLException e) {
      throw new StoreException("export failed: " + e.getMessage(), e);
    }
  }

  private long jsonl(Path file) throws SQLException, IOException {
    long n = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT json FROM articles ORDER BY ingested, key")) {
      while (rs.next()) {
        out.write(rs.getString(1));
        out.write('\n');
        n++;
      }
    }
    return n;
  }

  private long copy(Table table, Path file, String options) throws SQLException {
    String name = table.name().toLowerCase(Locale.ROOT);
    String order = switch (table) {
      case EVENTS -> "event_id";
      case QUOTES, ENTITIES -> "article_key, n";
      case ARTICLES, MENTIONS -> "key";
      case FAILURES -> "origin";
    };
    String select = table == Table.ARTICLES ? "SELECT * EXCLUDE (json) FROM articles" : "SELECT * FROM " + name;
    String path = file.toAbsolutePath().toString().replace("'", "''");
    try (PreparedStatement ps = db.prepareStatement("COPY (" + select + " ORDER BY " + order + ") TO '" + path + "' " + options)) {
      ps.execute();
    }
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + name)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
