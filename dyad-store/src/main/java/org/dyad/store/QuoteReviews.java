package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysts' judgements of quotes, as {@link Reviews} of events: the queue of unreviewed quotes, the precision the
 * judgements give, and the write. A judgement finds its quote by {@link QuoteKey} (article, span, speaker as coded),
 * so it applies to the same quote coded again.
 */
public final class QuoteReviews {
  /** The latest judgement of each quote (by time, then id): the one that counts. */
  private static final String LATEST = "(SELECT * FROM quote_reviews QUALIFY row_number() OVER (PARTITION BY article_key, start_offset, "
      + "end_offset, speaker, speaker_actor ORDER BY judged_at DESC, review_id DESC) = 1)";
  /** A judgement {@code r} judges the quote {@code q}. */
  private static final String MATCH = "r.article_key = q.article_key AND r.start_offset = q.start_offset AND r.end_offset = q.end_offset "
      + "AND r.speaker IS NOT DISTINCT FROM q.speaker AND r.speaker_actor IS NOT DISTINCT FROM q.speaker_actor";
  /** The columns {@link #read} reads, of a quote_reviews row {@code r}. */
  private static final String COLUMNS = "r.review_id, r.article_key, r.start_offset, r.end_offset, r.speaker, r.speaker_actor, "
      + "r.verdict, r.part, r.new_speaker, r.new_speaker_actor, r.analyst, r.judged_at, r.text";
  private static final String FIND = "SELECT text FROM quotes WHERE article_key = ? AND start_offset = ? AND end_offset = ? "
      + "AND speaker IS NOT DISTINCT FROM ? AND speaker_actor IS NOT DISTINCT FROM ? LIMIT 1";
  private final Sql sql;

  QuoteReviews(Sql sql) {
    this.sql = sql;
  }

  /** The queue: the page of quotes no one has judged yet, in date order, and how many there are. */
  public Slice<ReviewedQuote> unreviewed(int offset, int limit) {
    return page(" WHERE r.review_id IS NULL", offset, limit);
  }

  /** Every quote with its latest judgement (null when none), in date order. */
  public Slice<ReviewedQuote> quotes(int offset, int limit) {
    return page("", offset, limit);
  }

  private Slice<ReviewedQuote> page(String where, int offset, int limit) {
    String from = " FROM quotes q JOIN articles a ON a.key = q.article_key LEFT JOIN " + LATEST + " r ON " + MATCH + where;
    List<ReviewedQuote> rows = sql.select("SELECT " + Queries.QUOTE_COLUMNS + ", " + COLUMNS + from
        + " ORDER BY q.day NULLS LAST, q.article_key, q.n" + Sql.page(offset, limit), new Where(),
        rs -> new ReviewedQuote(Queries.quote(rs), read(rs, Queries.QUOTE_WIDTH + 1)));
    return new Slice<>(rows, sql.count("SELECT count(*)" + from, new Where()), offset);
  }

  /** The share of judged quotes still coded judged right, overall and by the speaker's actor code as coded. */
  public QuoteReviewStats stats() {
    String exists = "EXISTS (SELECT 1 FROM quotes q WHERE " + MATCH + ")";
    record Judged(boolean right, String actor, String text) {
    }
    List<Judged> all = sql.select("SELECT r.verdict = 'right', r.speaker_actor, r.text FROM " + LATEST + " r WHERE " + exists
        + " ORDER BY r.review_id", new Where(), rs -> new Judged(rs.getBoolean(1), rs.getString(2), rs.getString(3)));
    long orphans = sql.count("SELECT count(*) FROM " + LATEST + " r WHERE NOT " + exists, new Where());
    Map<String, int[]> groups = new LinkedHashMap<>();
    Map<String, String> examples = new LinkedHashMap<>();
    for (Judged j : all) {
      for (String g : List.of("all", "speaker:" + (j.actor() == null ? "(no actor code)" : j.actor()))) {
        int[] n = groups.computeIfAbsent(g, k -> new int[2]);
        n[0] += j.right() ? 1 : 0;
        n[1]++;
        if (!j.right()) {
          examples.putIfAbsent(g, j.text());
        }
      }
    }
    int[] total = groups.remove("all");
    Precision overall = total == null ? null : Precision.of("all", total[0], total[1], examples.get("all"));
    List<Precision> bySpeaker = groups.entrySet().stream()
        .map(g -> Precision.of(g.getKey().substring("speaker:".length()), g.getValue()[0], g.getValue()[1], examples.get(g.getKey())))
        .sorted(Comparator.comparingInt(Precision::notRight).reversed().thenComparing(Comparator.comparingInt(Precision::judged).reversed())
            .thenComparing(Precision::group))
        .toList();
    return new QuoteReviewStats(overall, bySpeaker, orphans);
  }

  /** Stores a judgement of a stored quote; a quote the store does not hold is refused, and nothing is written. */
  static QuoteReviewRow write(Connection db, QuoteReview review, Instant at) throws SQLException {
    QuoteKey k = review.quote();
    String text;
    try (PreparedStatement ps = db.prepareStatement(FIND)) {
      bindKey(ps, k);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no such quote in the store: [" + k.start() + ", " + k.end() + ") of article " + k.article()
              + " with speaker " + k.speaker() + " (" + k.speakerActor() + ")");
        }
        text = rs.getString(1);
      }
    }
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO quote_reviews VALUES (nextval('review_ids'),?,?,?,?,?,?,?,?,?,?,?,?) "
        + "RETURNING review_id")) {
      bindKey(ps, k);
      ps.setString(6, review.verdict().id());
      ps.setString(7, review.part() == null ? null : review.part().id());
      ps.setString(8, review.speaker());
      ps.setString(9, review.speakerActor());
      ps.setString(10, review.analyst());
      ps.setTimestamp(11, Timestamp.from(at));
      ps.setString(12, text);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new QuoteReviewRow(rs.getLong(1), review, at, text);
      }
    }
  }

  private static void bindKey(PreparedStatement ps, QuoteKey k) throws SQLException {
    ps.setString(1, k.article());
    ps.setInt(2, k.start());
    ps.setInt(3, k.end());
    ps.setString(4, k.speaker());
    ps.setString(5, k.speakerActor());
  }

  /** The judgement whose {@link #COLUMNS} start at {@code col}, or null when they are null (no judgement joined). */
  private static QuoteReviewRow read(ResultSet rs, int col) throws SQLException {
    long id = rs.getLong(col);
    if (rs.wasNull()) {
      return null;
    }
    QuoteKey key = new QuoteKey(rs.getString(col + 1), rs.getInt(col + 2), rs.getInt(col + 3), rs.getString(col + 4), rs.getString(col + 5));
    String part = rs.getString(col + 7);
    QuoteReview r = new QuoteReview(key, Verdict.parse(rs.getString(col + 6)), part == null ? null : QuotePart.parse(part),
        rs.getString(col + 8), rs.getString(col + 9), rs.getString(col + 10));
    return new QuoteReviewRow(id, r, rs.getTimestamp(col + 11).toInstant(), rs.getString(col + 12));
  }

  /** Adds the quote judgements of an attached store {@code other_store} that it holds, each once; returns how many. */
  static long copyFrom(java.sql.Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE database_name = 'other_store' "
        + "AND table_name = 'quote_reviews'")) {
      rs.next();
      if (rs.getLong(1) == 0) {
        return 0;
      }
    }
    return st.executeUpdate("INSERT INTO quote_reviews SELECT nextval('review_ids'), o.* EXCLUDE (review_id) FROM other_store.quote_reviews o "
        + "WHERE NOT EXISTS (SELECT 1 FROM quote_reviews r WHERE r.article_key = o.article_key AND r.start_offset = o.start_offset "
        + "AND r.end_offset = o.end_offset AND r.speaker IS NOT DISTINCT FROM o.speaker AND r.speaker_actor IS NOT DISTINCT FROM o.speaker_actor "
        + "AND r.analyst = o.analyst AND r.judged_at = o.judged_at AND r.verdict = o.verdict) ORDER BY o.review_id");
  }
}
