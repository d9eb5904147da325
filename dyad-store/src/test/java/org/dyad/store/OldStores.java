package org.dyad.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Turns a new store into one an older Dyad wrote, by dropping the columns of later schema versions. */
final class OldStores {
  private OldStores() {
  }

  /** A store in {@code dir} holding {@code article} as a Dyad of schema {@code version} wrote it. */
  static void holding(java.nio.file.Path dir, org.dyad.model.AnalyzedArticle article, int version) throws SQLException {
    try (Corpus c = Corpus.open(dir)) {
      c.add(article, article.id() + ".txt");
    }
    try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Corpus.DATABASE));
        Statement st = db.createStatement()) {
      asVersion(st, version);
    }
  }

  /** Drops every table and column added after {@code version} and records that version. */
  static void asVersion(Statement st, int version) throws SQLException {
    if (version < 7) {
      st.execute("DROP TABLE quote_reviews");
    }
    if (version < 6) {
      st.execute("DROP TABLE reviews");
      st.execute("DROP SEQUENCE review_ids");
    }
    if (version < 5) {
      st.execute("ALTER TABLE entities DROP COLUMN country_from");
    }
    if (version < 4) {
      st.execute("ALTER TABLE events DROP COLUMN place_source");
      st.execute("ALTER TABLE events DROP COLUMN lexicon");
    }
    if (version < 3) {
      for (String col : List.of("tone", "gdelt_tone", "gdelt_positive", "gdelt_negative", "gdelt_polarity", "word_count")) {
        st.execute("ALTER TABLE articles DROP COLUMN " + col);
      }
      st.execute("ALTER TABLE quotes DROP COLUMN tone");
      st.execute("ALTER TABLE events DROP COLUMN tone");
    }
    if (version < 2) {
      for (String table : List.of("entities", "events")) {
        for (String col : List.of("name", "kind", "geonames_id", "lat", "lon", "country")) {
          st.execute("ALTER TABLE " + table + " DROP COLUMN place_" + col);
        }
      }
    }
    st.execute("UPDATE meta SET value = '" + version + "' WHERE name = 'schema'");
  }
}
