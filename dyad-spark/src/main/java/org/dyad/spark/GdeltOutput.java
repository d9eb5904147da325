package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.store.GdeltExport;

/**
 * The GDELT 2.0 event export, its columns made by the store's own writer ({@link GdeltExport}):
 * asserted events with a day, numbered 1.. in input order; NumMentions and NumArticles count the
 * article and its copies in the whole input, NumSources their distinct sources; ActionGeo is the
 * event's action place and AvgTone its article's GDELT tone.
 */
final class GdeltOutput {
  static final StructType INPUT = ArticleTables.withPlace(new StructType()
      .add("file", StringType).add("record", IntegerType).add("n", IntegerType).add("id", StringType)
      .add("day", DateType).add("source_actor", StringType).add("source_name", StringType)
      .add("target_actor", StringType).add("target_name", StringType).add("code", StringType).add("root", StringType)
      .add("quad_class", IntegerType).add("goldstein", DoubleType).add("start", IntegerType).add("text", StringType)
      .add("url", StringType).add("source", StringType).add("gdelt_tone", DoubleType));

  private GdeltOutput() {
  }

  /** The export's input rows of one article. */
  static List<Row> inputs(String file, int record, AnalyzedArticle a) {
    List<Row> out = new ArrayList<>();
    for (int n = 0; n < a.events().size(); n++) {
      Event e = a.events().get(n);
      LocalDate day = GdeltExport.day(e, a.published());
      if (!GdeltExport.exported(e.modality()) || day == null) {
        continue;
      }
      out.add(ArticleTables.withPlace(e.place(), file, record, n, a.id(), java.sql.Date.valueOf(day), e.source().actor(),
          e.source().name(), e.target() == null ? null : e.target().actor(),
          e.target() == null ? null : e.target().name(), e.code(), e.root(), e.quadClass(), e.goldstein(), e.start(),
          a.text(), a.url(), a.source(), a.tone() == null ? null : a.tone().gdelt().tone()));
    }
    return out;
  }

  /** The export's lines in event id order. */
  static JavaRDD<String> lines(Dataset<Row> inputs, Dataset<Row> articles, Timestamp added) {
    Dataset<Row> copies = articles.where(col("duplicate_of").isNotNull()).groupBy(col("duplicate_of"))
        .agg(count("*").as("copies"), collect_set(col("source")).as("copy_sources"));
    Dataset<Row> joined = inputs.join(copies, inputs.col("id").equalTo(copies.col("duplicate_of")), "left")
        .sort("file", "record", "n");
    return joined.javaRDD().zipWithIndex().map(t -> line(t._1(), t._2() + 1, added));
  }

  private static String line(Row r, long eventId, Timestamp added) {
    long copies = r.isNullAt(r.fieldIndex("copies")) ? 0 : r.getLong(r.fieldIndex("copies"));
    Set<String> sources = new HashSet<>();
    if (!r.isNullAt(r.fieldIndex("source"))) {
      sources.add(r.getString(r.fieldIndex("source")));
    }
    if (!r.isNullAt(r.fieldIndex("copy_sources"))) {
      sources.addAll(r.getList(r.fieldIndex("copy_sources")));
    }
    Place place = ArticleTables.place(r, r.fieldIndex("place_name"));
    Double tone = r.isNullAt(r.fieldIndex("gdelt_tone")) ? null : r.getDouble(r.fieldIndex("gdelt_tone"));
    return String.join("\t", GdeltExport.columns(GdeltExport.values(place, tone, eventId, r.getDate(4).toLocalDate(), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getInt(11),
        r.getDouble(12), r.getInt(13), r.getString(14), r.getString(15), added, 1 + copies, (long) sources.size())));
  }
}
