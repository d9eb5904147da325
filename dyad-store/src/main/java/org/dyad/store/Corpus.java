package org.dyad.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.dyad.core.dedup.Deduplicator;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Quote;

/**
 * The embedded store: a DuckDB database ({@code dyad.duckdb}) with articles, syndicated copies,
 * failures, entities, quotes and events, and a Lucene index ({@code index/}) for full-text search,
 * in one folder.
 *
 * <p>Articles are keyed by their normalised-content hash, so adding the same article twice changes
 * nothing. Each article lands in one DuckDB transaction; the search index is committed in batches
 * and, on open, brought back in line with DuckDB, so a killed ingest leaves a consistent store that a
 * rerun completes.
 */
public final class Corpus implements AutoCloseable {
  public static final String DATABASE = "dyad.duckdb";
  private static final int INDEX_COMMIT_EVERY = 200;
  private final DuckDbStore db;
  private final SearchIndex index;
  private final Clock clock;
  private final Map<String, String> keysById = new HashMap<>();
  private final List<Long> withdrawn = new ArrayList<>();
  private int uncommitted;

  private Corpus(DuckDbStore db, SearchIndex index, Clock clock) {
    this.db = db;
    this.index = index;
    this.clock = clock;
  }

  /** Opens the store in {@code dir} for writing, creating it when absent. One writer at a time. */
  public static Corpus open(Path dir) {
    return open(dir, false, Clock.systemUTC());
  }

  /**
   * Opens an existing store for reading only. A store an older Dyad wrote is first brought to this
   * version's schema (opened for writing once), so that reading it never meets a missing column.
   */
  public static Corpus openReadOnly(Path dir) {
    if (!Files.isRegularFile(dir.resolve(DATABASE))) {
      throw new StoreException("no Dyad store in " + dir + " (run `dyad ingest` first)", null);
    }
    Corpus corpus = open(dir, true, Clock.systemUTC());
    if (DuckDbStore.SCHEMA_VERSION.equals(corpus.db.version())) {
      return corpus;
    }
    corpus.close();
    open(dir).close();
    return open(dir, true, Clock.systemUTC());
  }

  static Corpus open(Path dir, boolean readOnly, Clock clock) {
    requireNonNull(dir, "dir is null");
    try {
      Files.createDirectories(dir.resolve("index"));
    } catch (IOException e) {
      throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
    }
    DuckDbStore db = DuckDbStore.open(dir.resolve(DATABASE), readOnly);
    Corpus corpus = new Corpus(db, SearchIndex.open(dir.resolve("index"), readOnly), clock);
    if (!readOnly) {
      corpus.repairIndex();
    }
    return corpus;
  }

  /**
   * What {@link #add} did with an article: new, seen before from the same place, a copy from elsewhere, no text, or
   * (only with {@link #addReplacingEdits}) a new version of a stored article at the same address, which took its place.
   */
  public enum Outcome { NEW, ALREADY_STORED, COPY, FAILED, UPDATED }

  /** Adds one analysed article: a new article, a copy of a stored one (a mention), or a failure with its reasons. */
  public Outcome add(AnalyzedArticle a, String origin) {
    requireNonNull(a, "a is null");
    requireNonNull(origin, "origin is null");
    Timestamp now = Timestamp.from(clock.instant());
    if (a.text().isBlank()) {
      db.inTransaction(c -> ArticleRows.writeFailure(c, a, origin, now));
      return Outcome.FAILED;
    }
    String key = Deduplicator.contentHash(a.text());
    String where = a.url() != null ? a.url() : a.id();
    boolean stored = db.exists("SELECT 1 FROM articles WHERE key = ?", key);
    if (stored || a.duplicateOf() != null) {
      keysById.putIfAbsent(a.id(), key);
      String of = stored ? key : keysById.getOrDefault(a.duplicateOf(), a.duplicateOf());
      String copyKey = sha256(key + "\n" + where);
      if (stored && db.exists("SELECT 1 FROM articles WHERE key = ? AND coalesce(url, id) = ?", key, where)
          || db.exists("SELECT 1 FROM mentions WHERE key = ?", copyKey)) {
        return Outcome.ALREADY_STORED;
      }
      db.inTransaction(c -> ArticleRows.writeCopy(c, copyKey, of, a, origin, now));
      return Outcome.COPY;
    }
    db.inTransaction(c -> ArticleRows.write(c, key, origin, a, now));
    keysById.put(a.id(), key);
    index.put(key, a.title(), a.text(), a.quotes().stream().map(Quote::text).toList());
    if (++uncommitted >= INDEX_COMMIT_EVERY) {
      flush();
    }
    return Outcome.NEW;
  }

  /**
   * As {@link #add}, except that an article whose address ({@code url}) a stored article with other content has is
   * an edited version of it, not a new article nor a copy: it takes the older version's place in one transaction
   * (the older version's row, entities, quotes, events and search entry go; its copies now copy the new version,
   * so the story keeps its count of reports) and the older version's event ids are kept for {@link #takeWithdrawn}.
   * {@code dyad watch} stores feed items this way, so a story edited under the same link updates, not duplicates.
   */
  public Outcome addReplacingEdits(AnalyzedArticle a, String origin) {
    requireNonNull(a, "a is null");
    if (a.url() == null || a.text().isBlank()) {
      return add(a, origin);
    }
    String key = Deduplicator.contentHash(a.text());
    if (db.exists("SELECT 1 FROM articles WHERE key = ?", key)) {
      return add(a, origin);
    }
    List<Long> events = new ArrayList<>();
    List<String> older = olderVersions(a.url(), key, events);
    if (older.isEmpty()) {
      return add(a, origin);
    }
    Timestamp now = Timestamp.from(clock.instant());
    db.inTransaction(c -> {
      for (String old : older) {
        for (String table : List.of("events", "entities", "quotes")) {
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE article_key = ?")) {
            ps.setString(1, old);
            ps.executeUpdate();
          }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE mentions SET article_key = ? WHERE article_key = ?")) {
          ps.setString(1, key);
          ps.setString(2, old);
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM articles WHERE key = ?")) {
          ps.setString(1, old);
          ps.executeUpdate();
        }
      }
      ArticleRows.write(c, key, origin, a, now);
    });
    for (String old : older) {
      index.remove(old);
      keysById.replaceAll((id, k) -> k.equals(old) ? key : k);
      keysById.put(old, key); // a later copy the de-duplicator files under the older version's key copies this one
    }
    keysById.put(a.id(), key);
    index.put(key, a.title(), a.text(), a.quotes().stream().map(Quote::text).toList());
    withdrawn.addAll(events);
    flush();
    return Outcome.UPDATED;
  }

  /** Whether {@code a} is an edited version of a stored article: its address is a stored article's, its content is not. */
  public boolean isEdit(AnalyzedArticle a) {
    requireNonNull(a, "a is null");
    return a.url() != null && !a.text().isBlank() && !olderVersions(a.url(), Deduplicator.contentHash(a.text()), new ArrayList<>()).isEmpty();
  }

  /** The keys of the stored articles at {@code url} with another key than {@code key}; their event ids go to {@code events}. */
  private List<String> olderVersions(String url, String key, List<Long> events) {
    List<String> older = new ArrayList<>();
    try (PreparedStatement ps = db.connection().prepareStatement(
        "SELECT a.key, e.event_id FROM articles a LEFT JOIN events e ON e.article_key = a.key WHERE a.url = ? AND a.key <> ? ORDER BY 1, 2")) {
      ps.setString(1, url);
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!older.contains(rs.getString(1))) {
            older.add(rs.getString(1));
          }
          long id = rs.getLong(2);
          if (!rs.wasNull()) {
            events.add(id);
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    }
    return older;
  }

  /** The event ids that {@link #addReplacingEdits} withdrew since the last call, and forgets them. */
  public List<Long> takeWithdrawn() {
    List<Long> out = List.copyOf(withdrawn);
    withdrawn.clear();
    return out;
  }

  /**
   * The store key of the article that {@link #add} filed {@code a} under (its own for a new or already stored
   * article, its original's for a copy), or null when {@code a} was not stored as an article (no text).
   */
  public String articleKey(AnalyzedArticle a) {
    requireNonNull(a, "a is null");
    if (a.text().isBlank()) {
      return null;
    }
    String key = Deduplicator.contentHash(a.text());
    if (db.exists("SELECT 1 FROM articles WHERE key = ?", key)) {
      return key;
    }
    String of = a.duplicateOf() == null ? null : keysById.getOrDefault(a.duplicateOf(), a.duplicateOf());
    return of != null && db.exists("SELECT 1 FROM articles WHERE key = ?", of) ? of : null;
  }

  /**
   * Those of these article keys that were stored, or given a copy, at or after {@code since}: what an
   * interrupted run stored before it was killed.
   */
  public Set<String> storedSince(Collection<String> articleKeys, Instant since) {
    requireNonNull(since, "since is null");
    Timestamp t = Timestamp.from(since);
    Set<String> out = new LinkedHashSet<>();
    String sql = "SELECT max(ingested) FROM (SELECT ingested FROM articles WHERE key = ? UNION ALL SELECT ingested FROM mentions WHERE article_key = ?)";
    try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
      for (String key : articleKeys) {
        ps.setString(1, key);
        ps.setString(2, key);
        try (ResultSet rs = ps.executeQuery()) {
          Timestamp last = rs.next() ? rs.getTimestamp(1) : null;
          if (last != null && !last.before(t)) {
            out.add(key);
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    }
    return out;
  }

  /** Calls {@code seen} with (key, text) for every stored article, so a de-duplicator can know the corpus. */
  public void forEachText(BiConsumer<String, String> seen) {
    try (PreparedStatement ps = db.connection().prepareStatement("SELECT key, text FROM articles ORDER BY ingested, key");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        seen.accept(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    }
  }

  /** Makes indexed articles visible to searches. */
  public void flush() {
    index.commit();
    uncommitted = 0;
  }

  /** Indexes the stored articles that a killed run left out of the search index. */
  private void repairIndex() {
    Set<String> indexed = index.articleKeys();
    if (indexed.size() == db.count("articles")) {
      return;
    }
    String sql = "SELECT a.key, a.title, a.text, list(q.text ORDER BY q.n) FILTER (WHERE q.text IS NOT NULL) "
        + "FROM articles a LEFT JOIN quotes q ON q.article_key = a.key GROUP BY a.key, a.title, a.text";
    try (PreparedStatement ps = db.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (!indexed.contains(rs.getString(1))) {
          Object[] quotes = rs.getArray(4) == null ? new Object[0] : (Object[]) rs.getArray(4).getArray();
          index.put(rs.getString(1), rs.getString(2), rs.getString(3), Arrays.stream(quotes).map(String::valueOf).toList());
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot repair the search index: " + e.getMessage(), e);
    }
    flush();
  }

  /** Read-only queries over the store. */
  public Queries queries() {
    return new Queries(db::readerForThread, index);
  }

  /** The store's review questions (events with their judgements, queue, sample, precision, orphans). */
  public Reviews reviews() {
    return queries().reviews();
  }

  /**
   * Stores an analyst's judgement of a stored event, stamped with the time; the event's earlier judgements stay as
   * its history. An event the store does not hold is refused ({@link IllegalArgumentException}) and nothing is written.
   */
  public synchronized ReviewRow review(Review review) {
    requireNonNull(review, "review is null");
    return stamped((c, at) -> ReviewRows.write(c, review, at));
  }

  /**
   * Stores an analyst's judgement of a stored quote, stamped with the time, as {@link #review} does for events; a quote
   * the store does not hold is refused ({@link IllegalArgumentException}) and nothing is written.
   */
  public synchronized QuoteReviewRow review(QuoteReview review) {
    requireNonNull(review, "review is null");
    return stamped((c, at) -> QuoteReviews.write(c, review, at));
  }

  /** A write stamped with the time it is given. */
  private interface Stamped<T> {
    T write(java.sql.Connection c, Instant at) throws java.sql.SQLException;
  }

  /** Runs one stamped write in a transaction (all or nothing) and gives what it wrote. */
  private <T> T stamped(Stamped<T> write) {
    Instant at = clock.instant();
    List<T> written = new java.util.ArrayList<>(1);
    db.inTransaction(c -> written.add(write.write(c, at)));
    return written.get(0);
  }

  /**
   * Adds the judgements stored in another store folder (an older analysis of the same articles), each once; they
   * apply to the events coded the same way here, the rest are orphans. Returns how many were added.
   */
  public synchronized long importReviews(Path otherStore) {
    requireNonNull(otherStore, "otherStore is null");
    Path file = otherStore.resolve(DATABASE);
    if (!Files.isRegularFile(file)) {
      throw new StoreException("no Dyad store in " + otherStore, null);
    }
    long[] added = new long[1];
    db.inTransaction(c -> added[0] = ReviewRows.copyFrom(c, file));
    return added[0];
  }

  /** Exports of the stored corpus. */
  public Exporter exporter() {
    return new Exporter(db.connection());
  }

  /** Counts of stored rows, by table. */
  public Map<String, Long> counts() {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String t : List.of("articles", "mentions", "failures", "entities", "quotes", "events")) {
      m.put(t, db.count(t));
    }
    return m;
  }

  @Override
  public void close() {
    try {
      if (index != null) {
        index.close();
      }
    } finally {
      db.close();
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  static String issuesJson(AnalyzedArticle a) {
    try {
      return ArticleJson.mapper().writeValueAsString(a.issues());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
