package org.dyad.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.GdeltTone;
import org.dyad.model.Event;
import org.dyad.model.Issue;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.dyad.store.EventRecords;

/**
 * The Parquet tables' rows of one article. Every row starts with the document's file and record
 * (its place in the input) and the article id; list tables add the item's index in the article.
 * Articles without text are failures, with their reasons, and have no row in the other tables.
 * Entities and events end with their place (an event's action place) in six columns, as in the store;
 * an entity's {@code country_from} (how its country was reached) is the store's column of that name.
 */
final class ArticleTables {
  static final StructType ARTICLES = key()
      .add("url", StringType).add("source", StringType).add("title", StringType).add("published", DateType)
      .add("dateline", StringType).add("text", StringType).add("duplicate_of", StringType).add("issues", StringType)
      .add("tone", DoubleType).add("gdelt_tone", DoubleType).add("gdelt_positive", DoubleType).add("gdelt_negative", DoubleType)
      .add("gdelt_polarity", DoubleType).add("word_count", IntegerType);
  static final StructType ENTITIES = withPlace(key().add("n", IntegerType)
      .add("start", IntegerType).add("end", IntegerType).add("text", StringType).add("type", StringType)
      .add("name", StringType).add("title", StringType).add("affiliation", StringType).add("country", StringType)
      .add("actor", StringType).add("country_from", StringType));
  static final StructType QUOTES = key().add("n", IntegerType)
      .add("start", IntegerType).add("end", IntegerType).add("text", StringType).add("direct", BooleanType)
      .add("cue", StringType).add("speaker", StringType).add("speaker_actor", StringType)
      .add("speaker_title", StringType).add("date", StringType).add("date_source", StringType).add("tone", DoubleType);
  static final StructType EVENTS = withPlace(key().add("n", IntegerType)
      .add("source_name", StringType).add("source_actor", StringType).add("target_name", StringType)
      .add("target_actor", StringType).add("code", StringType).add("root", StringType).add("quad_class", IntegerType)
      .add("goldstein", DoubleType).add("plover", StringType).add("date", StringType).add("date_source", StringType)
      .add("modality", StringType).add("start", IntegerType).add("end", IntegerType))
      .add("tone", DoubleType).add("place_source", StringType).add("lexicon", StringType);
  static final StructType FAILURES = key().add("origin", StringType).add("reason", StringType);
  /** The columns before each table's own: file, record, article id. */
  static final int KEY_COLUMNS = 3;
  /** The place columns that {@link #withPlace} adds. */
  static final int PLACE_COLUMNS = 6;

  private ArticleTables() {
  }

  private static StructType key() {
    return new StructType().add("file", StringType, false).add("record", IntegerType, false).add("id", StringType, false);
  }

  /** The table with an item's place last: name, kind, GeoNames id, latitude, longitude, country (nulls when none), as in the store. */
  static StructType withPlace(StructType table) {
    return table.add("place_name", StringType).add("place_kind", StringType).add("place_geonames_id", LongType)
        .add("place_lat", DoubleType).add("place_lon", DoubleType).add("place_country", StringType);
  }

  /** A row of {@code values} followed by the place's columns of {@link #withPlace}. */
  static Row withPlace(Place p, Object... values) {
    Object[] row = Arrays.copyOf(values, values.length + PLACE_COLUMNS);
    if (p != null) {
      Object[] place = {p.name(), p.kind(), p.geonamesId(), p.lat(), p.lon(), p.country()};
      System.arraycopy(place, 0, row, values.length, PLACE_COLUMNS);
    }
    return RowFactory.create(row);
  }

  /** The place in the columns of {@link #withPlace} from index {@code first} of a row, or null. */
  static Place place(Row r, int first) {
    if (r.isNullAt(first)) {
      return null;
    }
    return new Place(r.getString(first), r.isNullAt(first + 2) ? null : r.getLong(first + 2), r.getDouble(first + 3),
        r.getDouble(first + 4), r.getString(first + 5), r.getString(first + 1));
  }

  static boolean failed(AnalyzedArticle a) {
    return a.text().isBlank();
  }

  static List<Row> articles(String file, int record, AnalyzedArticle a) {
    if (failed(a)) {
      return List.of();
    }
    GdeltTone g = a.tone() == null ? null : a.tone().gdelt();
    return List.of(RowFactory.create(file, record, a.id(), a.url(), a.source(), a.title(),
        a.published() == null ? null : java.sql.Date.valueOf(a.published()),
        a.dateline() == null ? null : a.dateline().place(), a.text(), a.duplicateOf(), issues(a),
        a.tone() == null ? null : a.tone().compound(), g == null ? null : g.tone(), g == null ? null : g.positive(),
        g == null ? null : g.negative(), g == null ? null : g.polarity(), g == null ? null : g.words()));
  }

  static List<Row> failures(String file, int record, String origin, AnalyzedArticle a) {
    return failed(a) ? List.of(RowFactory.create(file, record, a.id(), origin, issues(a))) : List.of();
  }

  static List<Row> entities(String file, int record, AnalyzedArticle a) {
    List<Row> out = new ArrayList<>();
    for (EntityMention e : a.entities()) {
      out.add(withPlace(e.place(), file, record, a.id(), out.size(), e.start(), e.end(), e.text(), e.type(), e.name(),
          e.title(), e.affiliation(), e.country(), e.actor(), e.countryFrom()));
    }
    return out;
  }

  static List<Row> quotes(String file, int record, AnalyzedArticle a) {
    List<Row> out = new ArrayList<>();
    for (Quote q : a.quotes()) {
      Speaker s = q.speaker();
      out.add(RowFactory.create(file, record, a.id(), out.size(), q.start(), q.end(), q.text(), q.direct(), q.cue(),
          s == null ? null : s.name(), s == null ? null : s.actor(), s == null ? null : s.title(), q.date(),
          q.dateSource(), q.tone()));
    }
    return out;
  }

  /** The events, each with its action place or, when the text names none, its article's dateline place, as the store keeps them. */
  static List<Row> events(String file, int record, AnalyzedArticle a) {
    List<Row> out = new ArrayList<>();
    Place dateline = EventRecords.datelinePlace(a);
    for (Event e : a.events()) {
      EventRecords.Located at = EventRecords.located(e, dateline);
      Row row = withPlace(at.place(), file, record, a.id(), out.size(), e.source().name(), e.source().actor(),
          e.target() == null ? null : e.target().name(), e.target() == null ? null : e.target().actor(), e.code(),
          e.root(), e.quadClass(), e.goldstein(), e.plover(), e.date(), e.dateSource(), e.modality(), e.start(),
          e.end());
      Object[] values = Arrays.copyOf(toArray(row), row.length() + 3);
      values[row.length()] = e.tone();
      values[row.length() + 1] = at.source();
      values[row.length() + 2] = e.lexicon();
      out.add(RowFactory.create(values));
    }
    return out;
  }

  private static Object[] toArray(Row r) {
    Object[] v = new Object[r.length()];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.get(i);
    }
    return v;
  }

  /** The article's issues, one "stage/code: message" a line ("" when none). */
  static String issues(AnalyzedArticle a) {
    return a.issues().stream().map(ArticleTables::issue).collect(Collectors.joining("\n"));
  }

  private static String issue(Issue i) {
    return i.stage() + "/" + i.code() + ": " + i.message();
  }
}
