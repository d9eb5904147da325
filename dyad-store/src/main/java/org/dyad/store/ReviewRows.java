package org.dyad.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import org.dyad.core.events.CameoCode;

/** Writes judgements into the reviews table (rows are only ever added) and reads them back. */
final class ReviewRows {
  /** The columns {@link #read} reads, of a reviews row {@code r}. */
  static final String COLUMNS = "r.review_id, r.article_key, r.start_offset, r.end_offset, r.code, r.source_actor, r.target_actor, "
      + "r.verdict, r.part, r.new_code, r.new_source_actor, r.new_target_actor, r.new_date, r.analyst, r.judged_at, r.evidence";
  static final int WIDTH = 16;
  private static final String EVIDENCE = "SELECT evidence FROM events WHERE article_key = ? AND start_offset = ? AND end_offset = ? "
      + "AND code = ? AND source_actor IS NOT DISTINCT FROM ? AND target_actor IS NOT DISTINCT FROM ? LIMIT 1";
  private static final String INSERT = "INSERT INTO reviews VALUES (nextval('review_ids'),?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
      + "RETURNING review_id";

  private ReviewRows() {
  }

  /** Stores a judgement of a stored event; an event the store does not hold is refused, and nothing is written. */
  static ReviewRow write(Connection db, Review review, Instant at) throws SQLException {
    EventKey k = review.event();
    String evidence;
    try (PreparedStatement ps = db.prepareStatement(EVIDENCE)) {
      bindKey(ps, k);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no such event in the store: " + k.code() + " " + k.sourceActor() + " -> " + k.targetActor()
              + " at [" + k.start() + ", " + k.end() + ") of article " + k.article());
        }
        evidence = rs.getString(1);
      }
    }
    try (PreparedStatement ps = db.prepareStatement(INSERT)) {
      bindKey(ps, k);
      Correction c = review.correction();
      CameoCode code = c == null ? null : c.cameo();
      ps.setString(7, review.verdict().id());
      ps.setString(8, review.part() == null ? null : review.part().id());
      ps.setString(9, code == null ? null : code.code());
      ps.setString(10, code == null ? null : code.root());
      ps.setObject(11, code == null ? null : code.quadClass(), Types.INTEGER);
      ps.setObject(12, code == null ? null : code.goldstein(), Types.DOUBLE);
      ps.setString(13, code == null ? null : code.plover());
      String source = c == null ? null : c.sourceActor();
      String target = c == null ? null : c.targetActor();
      ps.setString(14, source);
      ps.setString(15, ActorCodes.country(source));
      ps.setString(16, target);
      ps.setString(17, ActorCodes.country(target));
      if (c == null || c.date() == null) {
        ps.setNull(18, Types.DATE);
      } else {
        ps.setDate(18, Date.valueOf(c.date()));
      }
      ps.setString(19, review.analyst());
      ps.setTimestamp(20, Timestamp.from(at));
      ps.setString(21, evidence);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new ReviewRow(rs.getLong(1), review, at, evidence);
      }
    }
  }

  private static void bindKey(PreparedStatement ps, EventKey k) throws SQLException {
    ps.setString(1, k.article());
    ps.setInt(2, k.start());
    ps.setInt(3, k.end());
    ps.setString(4, k.code());
    ps.setString(5, k.sourceActor());
    ps.setString(6, k.targetActor());
  }

  /**
   * Adds the judgements of another store (a re-analysis into a new store keeps them this way), each once: a row
   * already here (same event, analyst, time and verdict) is skipped. Returns how many were added (judgements of events and of quotes).
   */
  static long copyFrom(Connection db, java.nio.file.Path otherDatabase) throws SQLException {
    String path = otherDatabase.toAbsolutePath().toString().replace("'", "''");
    try (var st = db.createStatement()) {
      st.execute("ATTACH '" + path + "' AS other_store (READ_ONLY)");
      try {
        return st.executeUpdate("INSERT INTO reviews SELECT nextval('review_ids'), o.* EXCLUDE (review_id) FROM other_store.reviews o "
            + "WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.article_key = o.article_key AND r.start_offset = o.start_offset "
            + "AND r.end_offset = o.end_offset AND r.code = o.code AND r.source_actor IS NOT DISTINCT FROM o.source_actor "
            + "AND r.target_actor IS NOT DISTINCT FROM o.target_actor AND r.analyst = o.analyst AND r.judged_at = o.judged_at AND r.verdict = o.verdict) "
            + "ORDER BY o.review_id") + QuoteReviews.copyFrom(st);
      } finally {
        st.execute("DETACH other_store");
      }
    }
  }

  /** The judgement whose {@link #COLUMNS} start at {@code col}, or null when they are null (no review joined). */
  static ReviewRow read(ResultSet rs, int col) throws SQLException {
    long id = rs.getLong(col);
    if (rs.wasNull()) {
      return null;
    }
    EventKey key = new EventKey(rs.getString(col + 1), rs.getInt(col + 2), rs.getInt(col + 3), rs.getString(col + 4),
        rs.getString(col + 5), rs.getString(col + 6));
    Verdict verdict = Verdict.parse(rs.getString(col + 7));
    String part = rs.getString(col + 8);
    Correction c = verdict != Verdict.CORRECTED ? null
        : new Correction(rs.getString(col + 9), rs.getString(col + 10), rs.getString(col + 11), Sql.day(rs, col + 12));
    Review r = new Review(key, verdict, part == null ? null : WrongPart.parse(part), c, rs.getString(col + 13));
    return new ReviewRow(id, r, rs.getTimestamp(col + 14).toInstant(), rs.getString(col + 15));
  }
}
