package org.dyad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The store's review questions: events with their latest judgement (the reviewed view leaves the rejected out), the
 * queue of unreviewed events and a random sample of them, the precision the judgements give, the judgements whose
 * event is no longer coded, and the reviewed evidence spans a gold file is made of. A judgement finds its event by
 * {@link EventKey} (article, span, code and actor codes as coded), so it applies to the same event coded again.
 */
public final class Reviews {
  /** The latest judgement of each event (by time, then id): the one that counts. */
  static final String LATEST = "(SELECT * FROM reviews QUALIFY row_number() OVER (PARTITION BY article_key, start_offset, "
      + "end_offset, code, source_actor, target_actor ORDER BY judged_at DESC, review_id DESC) = 1)";
  /** A review {@code r} judges the event {@code e}. */
  static final String MATCH = "r.article_key = e.article_key AND r.start_offset = e.start_offset AND r.end_offset = e.end_offset "
      + "AND r.code = e.code AND r.source_actor IS NOT DISTINCT FROM e.source_actor AND r.target_actor IS NOT DISTINCT FROM e.target_actor";
  private static final String JOINED = EventReads.FROM + " LEFT JOIN " + LATEST + " r ON " + MATCH;
  private static final String SELECT = "SELECT " + EventReads.COLUMNS + ", " + ReviewRows.COLUMNS;
  private static final int REVIEW_COLUMN = 31;
  private final Sql sql;

  Reviews(Sql sql) {
    this.sql = sql;
  }

  /**
   * The filter's page of events in date order, each with its latest judgement; {@code reviewedView} leaves out the
   * events judged wrong (their corrections are applied by {@link ReviewedEvent#corrected}). The filter matches the
   * events as coded.
   */
  public Slice<ReviewedEvent> events(EventFilter f, boolean reviewedView) {
    Where w = f.where();
    if (reviewedView) {
      w.add("(r.verdict IS NULL OR r.verdict <> 'wrong')");
    }
    return page(w, f, EventReads.ORDER);
  }

  /** The queue: the filter's page of events no one has judged yet, in date order. */
  public Slice<ReviewedEvent> unreviewed(EventFilter f) {
    return page(f.where().add("r.review_id IS NULL"), f, EventReads.ORDER);
  }

  /**
   * A random sample of the filter's unreviewed events (the filter's limit of them), the same for the same seed; a
   * sample judged in full gives an estimate of precision that the choice of what to review does not bias.
   */
  public List<ReviewedEvent> sample(EventFilter f, long seed) {
    Where w = f.where().add("r.review_id IS NULL");
    String order = " ORDER BY hash(e.event_id, " + seed + "), e.event_id";
    return sql.select(SELECT + JOINED + w.sql() + order + Sql.page(0, f.limit()), w, Reviews::reviewed);
  }

  private Slice<ReviewedEvent> page(Where w, EventFilter f, String order) {
    List<ReviewedEvent> rows = sql.select(SELECT + JOINED + w.sql() + order + Sql.page(f.offset(), f.limit()), w, Reviews::reviewed);
    return new Slice<>(rows, sql.count("SELECT count(*)" + JOINED + w.sql(), w), f.offset());
  }

  /** Every judgement of one event, latest first: its history. */
  public List<ReviewRow> history(EventKey key) {
    Where w = new Where().add("r.article_key = ? AND r.start_offset = ? AND r.end_offset = ? AND r.code = ? "
        + "AND r.source_actor IS NOT DISTINCT FROM ? AND r.target_actor IS NOT DISTINCT FROM ?",
        key.article(), key.start(), key.end(), key.code(), key.sourceActor(), key.targetActor());
    return sql.select("SELECT " + ReviewRows.COLUMNS + " FROM reviews r" + w.sql() + " ORDER BY r.judged_at DESC, r.review_id DESC", w,
        rs -> ReviewRows.read(rs, 1));
  }

  /** The latest judgements whose event is no longer coded, oldest first, each with why. */
  public List<Orphan> orphans() {
    String why = "CASE WHEN NOT EXISTS (SELECT 1 FROM articles a WHERE a.key = r.article_key) THEN 'the article is not in the store' "
        + "ELSE coalesce('coded differently now: ' || (SELECT string_agg(e.code || ' ' || coalesce(e.source_actor, '-') || ' -> ' "
        + "|| coalesce(e.target_actor, '-'), '; ' ORDER BY e.n) FROM events e WHERE e.article_key = r.article_key "
        + "AND e.start_offset = r.start_offset AND e.end_offset = r.end_offset), 'no event at this evidence span now') END";
    Where w = new Where().add("NOT EXISTS (SELECT 1 FROM events e WHERE " + MATCH + ")");
    return sql.select("SELECT " + ReviewRows.COLUMNS + ", " + why + " FROM " + LATEST + " r" + w.sql() + " ORDER BY r.judged_at, r.review_id",
        w, rs -> new Orphan(ReviewRows.read(rs, 1), rs.getString(ReviewRows.WIDTH + 1)));
  }

  /** A judgement whose event is no longer coded, and why ({@code coded differently now: 043 RUS -> UKR}). */
  public record Orphan(ReviewRow review, String why) {
  }

  /** The precision of the corpus as judged, overall and by root, actor and lexicon entry (see {@link ReviewStats}). */
  public ReviewStats stats() {
    record Judged(String verdict, String code, String source, String target, String lexicon, String evidence) {
    }
    Where w = new Where().add("EXISTS (SELECT 1 FROM events e WHERE " + MATCH + ")");
    List<Judged> all = sql.select("SELECT r.verdict, r.code, r.source_actor, r.target_actor, (SELECT any_value(e.lexicon) FROM events e "
        + "WHERE " + MATCH + "), r.evidence FROM " + LATEST + " r" + w.sql() + " ORDER BY r.review_id", w,
        rs -> new Judged(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
    long orphans = sql.count("SELECT count(*) FROM " + LATEST + " r WHERE NOT EXISTS (SELECT 1 FROM events e WHERE " + MATCH + ")",
        new Where());
    Map<String, int[]> overall = new LinkedHashMap<>();
    Map<String, int[]> byRoot = new LinkedHashMap<>();
    Map<String, int[]> byActor = new LinkedHashMap<>();
    Map<String, int[]> byLexicon = new LinkedHashMap<>();
    Map<String, String> examples = new LinkedHashMap<>();
    for (Judged j : all) {
      boolean right = Verdict.RIGHT.id().equals(j.verdict());
      count(overall, "all", right, j.evidence(), examples, "");
      count(byRoot, j.code().substring(0, 2), right, j.evidence(), examples, "root:");
      for (String actor : new java.util.LinkedHashSet<>(java.util.Arrays.asList(j.source(), j.target()))) {
        if (actor != null) {
          count(byActor, actor, right, j.evidence(), examples, "actor:");
        }
      }
      count(byLexicon, j.lexicon() == null ? "(no lexicon entry)" : j.lexicon(), right, j.evidence(), examples, "lexicon:");
    }
    List<Precision> total = groups(overall, examples, "");
    return new ReviewStats(total.isEmpty() ? null : total.get(0), groups(byRoot, examples, "root:"), groups(byActor, examples, "actor:"),
        groups(byLexicon, examples, "lexicon:"), orphans);
  }

  private static void count(Map<String, int[]> groups, String group, boolean right, String evidence, Map<String, String> examples,
      String kind) {
    int[] n = groups.computeIfAbsent(group, g -> new int[2]);
    n[0] += right ? 1 : 0;
    n[1]++;
    if (!right) {
      examples.putIfAbsent(kind + group, evidence);
    }
  }

  private static List<Precision> groups(Map<String, int[]> groups, Map<String, String> examples, String kind) {
    return groups.entrySet().stream()
        .map(g -> Precision.of(g.getKey(), g.getValue()[0], g.getValue()[1], examples.get(kind + g.getKey())))
        .sorted(Comparator.comparingInt(Precision::notRight).reversed().thenComparing(Comparator.comparingInt(Precision::judged).reversed())
            .thenComparing(Precision::group))
        .toList();
  }

  /** The evidence spans with at least one judged event still coded, each with every event coded there, in store order. */
  public List<ReviewedSpan> spans() {
    Where w = new Where().add("EXISTS (SELECT 1 FROM reviews r2 WHERE r2.article_key = e.article_key "
        + "AND r2.start_offset = e.start_offset AND r2.end_offset = e.end_offset)");
    record Row(ReviewedEvent event, java.time.LocalDate published) {
    }
    List<Row> rows = sql.select(SELECT + ", a.published" + JOINED + w.sql() + " ORDER BY e.article_key, e.start_offset, e.end_offset, e.n",
        w, rs -> new Row(reviewed(rs), Sql.day(rs, REVIEW_COLUMN + ReviewRows.WIDTH)));
    Map<String, List<Row>> bySpan = new LinkedHashMap<>();
    Function<EventRow, String> span = e -> e.article() + "\t" + e.start() + "\t" + e.end();
    rows.forEach(r -> bySpan.computeIfAbsent(span.apply(r.event().event()), k -> new ArrayList<>()).add(r));
    return bySpan.values().stream().map(rs -> {
      EventRow first = rs.get(0).event().event();
      return new ReviewedSpan(first.article(), first.start(), first.end(), first.evidence(), rs.get(0).published(),
          rs.stream().map(Row::event).toList());
    }).toList();
  }

  private static ReviewedEvent reviewed(ResultSet rs) throws SQLException {
    return new ReviewedEvent(EventReads.row(rs), ReviewRows.read(rs, REVIEW_COLUMN));
  }
}
