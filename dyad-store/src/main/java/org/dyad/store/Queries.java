package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Read-only questions an analyst asks of the store. Listings come a page at a time ({@link Slice}: the
 * items, how many match in all, where the page starts); dated listings are in calendar order.
 */
public final class Queries {
  private final Sql sql;
  private final SearchIndex index;
  private final EventReads events;

  /** @param db gives the calling thread's connection */
  Queries(Supplier<Connection> db, SearchIndex index) {
    this.sql = new Sql(db);
    this.index = index;
    this.events = new EventReads(sql);
  }

  /** The analysts' judgements of events: events with their latest judgement, queue, sample, precision, orphans. */
  public Reviews reviews() {
    return new Reviews(sql);
  }

  /** The store's questions about judged quotes (queue, precision). */
  public QuoteReviews quoteReviews() {
    return new QuoteReviews(sql);
  }

  /** The filter's page of events, in date order (undated last), each with its evidence and place. */
  public Slice<EventRow> events(EventFilter f) {
    return events.events(f);
  }

  /** Every event of these articles (by store key), in the order they were stored. */
  public List<EventRow> eventsOfArticles(Collection<String> articleKeys) {
    return events.ofArticles(articleKeys);
  }

  /** One event, many reports: the filter's page of events merged across the articles and copies that tell them. */
  public Slice<EventRow> reports(EventFilter f) {
    return events.reports(f);
  }

  /** Where the filter's events happened, by place, most events first; each place lists its first {@code perPlace} events. */
  public Slice<PlaceRow> places(EventFilter f, int perPlace) {
    return events.places(f, perPlace);
  }

  /** The filter's events per period, every period from the first to the last; coarser-dated events left out and counted. */
  public Timeline timeline(EventFilter f, Period by) {
    return new Timelines(sql).timeline(f, by);
  }

  /**
   * The pairs of actors in the filter's events, most events first, or with {@code byChange} the largest change
   * between the last {@code window} days (up to the filter's last day, else the last event's) and the window before.
   */
  public Slice<DyadRow> dyads(EventFilter f, int window, boolean byChange) {
    return new DyadReads(sql).dyads(f, window, byChange ? DyadReads.Order.CHANGE : DyadReads.Order.VOLUME);
  }

  /**
   * Quotes by a speaker and/or about an actor, in date order, with the meaning of {@code StatementQuery}: the speaker
   * by part of the name (any case), actor code or entity id; about an actor when an entity inside the
   * quote has that actor code or country ({@code RUS} takes in {@code RUSGOV}), or an event inside it targets one.
   */
  public Slice<QuoteRow> quotes(String speaker, String about, int offset, int limit) {
    Where w = new Where();
    if (speaker != null) {
      w.add("(lower(q.speaker) LIKE '%' || lower(?) || '%' OR upper(q.speaker_actor) = upper(?) OR q.speaker_entity = ?)",
          speaker, speaker, speaker);
    }
    if (about != null) {
      String code = about.toUpperCase(Locale.ROOT);
      String matches = "(%1$s = ? OR (length(?) = 3 AND %1$s LIKE ? || '%%'))";
      w.add("(EXISTS (SELECT 1 FROM entities en WHERE en.article_key = q.article_key AND en.start_offset >= q.start_offset "
          + "AND en.end_offset <= q.end_offset AND (" + String.format(matches, "en.actor") + " OR " + String.format(matches, "en.country") + ")) "
          + "OR EXISTS (SELECT 1 FROM events ev WHERE ev.article_key = q.article_key AND ev.start_offset < q.end_offset "
          + "AND q.start_offset < ev.end_offset AND " + String.format(matches, "ev.target_actor") + "))",
          code, code, code, code, code, code, code, code, code);
    }
    String from = " FROM quotes q JOIN articles a ON a.key = q.article_key" + w.sql();
    String query = "SELECT " + QUOTE_COLUMNS + from + " ORDER BY q.day NULLS LAST, q.article_key, q.n" + Sql.page(offset, limit);
    List<QuoteRow> rows = sql.select(query, w, Queries::quote);
    return new Slice<>(rows, sql.count("SELECT count(*)" + from, w), offset);
  }

  /** The columns {@link #quote} reads, of a quote {@code q} and its article {@code a}. */
  static final String QUOTE_COLUMNS = "q.article_key, a.title, q.start_offset, q.end_offset, q.text, q.direct, q.cue, q.speaker, "
      + "q.speaker_entity, q.speaker_actor, q.speaker_title, q.date, q.date_source, q.day, q.tone";
  static final int QUOTE_WIDTH = 15;

  static QuoteRow quote(ResultSet rs) throws SQLException {
    return new QuoteRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getBoolean(6),
        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
        Sql.day(rs, 14), Sql.rounded(rs, 15, 10_000));
  }

  private static final String ACTOR = "SELECT entity_id, mode(type), mode(name), mode(country), mode(country_from), mode(actor), count(*), "
      + "count(DISTINCT article_key), list(DISTINCT title) FILTER (WHERE title IS NOT NULL) FROM entities";

  /** Entities across the corpus, most mentioned first; {@code type} (PERSON, ORGANIZATION, ...) may be null. */
  public Slice<ActorRow> actors(String type, int offset, int limit) {
    Where w = new Where();
    if (type != null) {
      w.add("type = ?", type.toUpperCase(Locale.ROOT));
    }
    String query = ACTOR + w.sql() + " GROUP BY entity_id ORDER BY count(*) DESC, entity_id" + Sql.page(offset, limit);
    return new Slice<>(sql.select(query, w, Queries::actor),
        sql.count("SELECT count(DISTINCT entity_id) FROM entities" + w.sql(), w), offset);
  }

  /** One entity by its id ({@code person:dmitry-peskov}), or empty. */
  public Optional<ActorRow> actor(String entityId) {
    Where w = new Where().add("entity_id = ?", entityId);
    return sql.select(ACTOR + w.sql() + " GROUP BY entity_id", w, Queries::actor).stream().findFirst();
  }

  private static ActorRow actor(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new ActorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getLong(7), rs.getLong(8), Sql.strings(rs.getArray(9)));
  }

  /** Articles in date order (undated last), with their copies, quotes and events counted. */
  public Slice<ArticleRow> articles(int offset, int limit) {
    String query = "SELECT a.key, a.id, a.url, a.source, a.title, a.published, "
        + "(SELECT count(*) FROM mentions m WHERE m.article_key = a.key), (SELECT count(*) FROM quotes q WHERE q.article_key = a.key), "
        + "(SELECT count(*) FROM events e WHERE e.article_key = a.key) FROM articles a ORDER BY a.published NULLS LAST, a.key"
        + Sql.page(offset, limit);
    Where none = new Where();
    List<ArticleRow> rows = sql.select(query, none, rs -> new ArticleRow(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), Sql.day(rs, 6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
    return new Slice<>(rows, sql.count("SELECT count(*) FROM articles", none), offset);
  }

  /** The stored article as `dyad analyze` wrote it (one JSON object), or empty. */
  public Optional<String> articleJson(String key) {
    Where w = new Where().add("key = ?", key);
    return sql.select("SELECT json FROM articles" + w.sql(), w, rs -> rs.getString(1)).stream().findFirst();
  }

  /** Full-text search over titles, texts and quotes: the page of hits from {@code offset}, best first. */
  public Slice<SearchHit> search(String query, int offset, int limit) {
    return index.search(query, offset, limit);
  }
}
