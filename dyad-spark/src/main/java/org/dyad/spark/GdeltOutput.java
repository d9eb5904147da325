package org.dyad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.store.EventRecords;
import org.dyad.store.GdeltEvent;
import org.dyad.store.GdeltExport;

/**
 * The GDELT 2.0 event export, its columns made by the store's own writer ({@link GdeltExport#columns}) from the
 * same {@link GdeltEvent} the store gives it: events that took place as told with a day, numbered 1.. in input
 * order; NumMentions and NumArticles count the article and its copies from other places (URL, else id) in the whole
 * input, as the store counts its mentions, NumSources their distinct sources; ActionGeo is the event's action place
 * (else its article's dateline place), Actor1Geo and Actor2Geo the places tied to its actors; AvgTone its article's
 * GDELT tone.
 */
final class GdeltOutput {
  private static final String[] GEOS = {"action", "actor1", "actor2"};
  static final StructType INPUT = geos(new StructType()
      .add("file", StringType).add("record", IntegerType).add("n", IntegerType).add("id", StringType)
      .add("day", DateType).add("source_actor", StringType).add("source_name", StringType)
      .add("target_actor", StringType).add("target_name", StringType).add("code", StringType).add("root", StringType)
      .add("quad_class", IntegerType).add("goldstein", DoubleType).add("lead", BooleanType)
      .add("url", StringType).add("source", StringType).add("gdelt_tone", DoubleType));
  /** An undated event that would otherwise go out, one row each, to count what the export leaves out. */
  static final StructType UNDATED = new StructType().add("id", StringType);

  private GdeltOutput() {
  }

  private static StructType geos(StructType t) {
    StructType out = t;
    for (String g : GEOS) {
      out = out.add(g + "_name", StringType).add(g + "_kind", StringType).add(g + "_geonames_id", org.apache.spark.sql.types.DataTypes.LongType)
          .add(g + "_lat", DoubleType).add(g + "_lon", DoubleType).add(g + "_country", StringType);
    }
    return out;
  }

  /** The export's input rows of one article. */
  static List<Row> inputs(String file, int record, AnalyzedArticle a) {
    List<Row> out = new ArrayList<>();
    List<GdeltEvent.Mention> places = a.entities().stream().filter(e -> e.place() != null)
        .map(e -> new GdeltEvent.Mention(e.start(), e.end(), e.place())).toList();
    Place dateline = EventRecords.datelinePlace(a);
    for (int n = 0; n < a.events().size(); n++) {
      Event e = a.events().get(n);
      LocalDate day = GdeltExport.day(e, a.published());
      if (!GdeltExport.exported(e.modality()) || day == null) {
        continue;
      }
      Object[] values = {file, record, n, a.id(), java.sql.Date.valueOf(day), e.source().actor(), e.source().name(),
          e.target() == null ? null : e.target().actor(), e.target() == null ? null : e.target().name(), e.code(), e.root(),
          e.quadClass(), e.goldstein(), GdeltEvent.inLead(a.text(), e.start()), a.url(), a.source(),
          a.tone() == null ? null : a.tone().gdelt().tone()};
      Place action = e.place() != null ? e.place() : dateline;
      out.add(RowFactory.create(withPlaces(values, action, GdeltEvent.actorGeo(e.source(), a.text(), e.start(), e.end(), places),
          GdeltEvent.actorGeo(e.target(), a.text(), e.start(), e.end(), places))));
    }
    return out;
  }

  /** One row per event the export leaves out for want of a day. */
  static List<Row> undated(AnalyzedArticle a) {
    return a.events().stream().filter(e -> GdeltExport.exported(e.modality()) && GdeltExport.day(e, a.published()) == null)
        .map(e -> RowFactory.create(a.id())).toList();
  }

  private static Object[] withPlaces(Object[] values, Place... places) {
    Object[] row = Arrays.copyOf(values, values.length + 6 * places.length);
    for (int i = 0; i < places.length; i++) {
      Place p = places[i];
      if (p != null) {
        System.arraycopy(new Object[] {p.name(), p.kind(), p.geonamesId(), p.lat(), p.lon(), p.country()}, 0, row,
            values.length + 6 * i, 6);
      }
    }
    return row;
  }

  /** The export's lines in event id order. */
  static JavaRDD<String> lines(Dataset<Row> inputs, Dataset<Row> articles, Timestamp added) {
    Dataset<Row> copy = articles.as("c");
    Dataset<Row> first = articles.as("o");
    Dataset<Row> copies = copy.where(col("c.duplicate_of").isNotNull())
        .join(first, col("c.duplicate_of").equalTo(col("o.id")))
        .where(coalesce(col("c.url"), col("c.id")).notEqual(coalesce(col("o.url"), col("o.id"))))
        .groupBy(col("c.duplicate_of").as("duplicate_of"))
        .agg(countDistinct(coalesce(col("c.url"), col("c.id"))).as("copies"), collect_set(col("c.source")).as("copy_sources"));
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
    ActorRef source = new ActorRef(r.getString(r.fieldIndex("source_name")), r.getString(r.fieldIndex("source_actor")));
    ActorRef target = r.isNullAt(r.fieldIndex("target_name")) ? null
        : new ActorRef(r.getString(r.fieldIndex("target_name")), r.getString(r.fieldIndex("target_actor")));
    Double tone = r.isNullAt(r.fieldIndex("gdelt_tone")) ? null : r.getDouble(r.fieldIndex("gdelt_tone"));
    GdeltEvent e = new GdeltEvent(eventId, r.getDate(r.fieldIndex("day")).toLocalDate(), source, target,
        r.getString(r.fieldIndex("code")), r.getString(r.fieldIndex("root")), r.getInt(r.fieldIndex("quad_class")),
        r.getDouble(r.fieldIndex("goldstein")), r.getBoolean(r.fieldIndex("lead")), 1 + copies, Math.max(1, sources.size()), 1 + copies,
        tone, place(r, "action"), place(r, "actor1"), place(r, "actor2"), added.toLocalDateTime(),
        r.isNullAt(r.fieldIndex("url")) ? null : r.getString(r.fieldIndex("url")));
    return String.join("\t", GdeltExport.columns(e));
  }

  private static Place place(Row r, String prefix) {
    return ArticleTables.place(r, r.fieldIndex(prefix + "_name"));
  }
}
