package org.dyad.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.core.dedup.Deduplicator;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.model.CleanedArticle;

/**
 * The first pass: cleans every document on the executors (cheap, no models; spread as the analysis is), then runs the
 * command's own {@link Deduplicator} on the driver over the cleaned texts in the command's reading
 * order (files by path, records in file order), streamed with {@code toLocalIterator}. So exact and
 * near copies are found across the whole input, exactly as {@code dyad analyze} finds them. The
 * driver holds one MinHash sketch (about 1 KB) per distinct article.
 */
final class DuplicateFinder {
  private static final StructType CLEANED = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("record", DataTypes.IntegerType, false)
      .add("id", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false);

  private DuplicateFinder() {
  }

  /** Document key to the id of the article it copies, for every copy. */
  static Map<String, String> copies(SparkSession spark, JavaRDD<SparkDocument> docs, JobConfig config) {
    Dataset<Row> cleaned = spark.createDataFrame(docs.mapPartitions(p -> clean(p, config)), CLEANED)
        .sort("file", "record");
    Deduplicator dedup = new Deduplicator(SharedModels.PIPELINE.duplicateThreshold());
    Map<String, String> copies = new HashMap<>();
    Iterator<Row> rows = cleaned.toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      dedup.check(r.getString(2), r.getString(3))
          .ifPresent(first -> copies.put(DocumentKey.of(r.getString(0), r.getInt(1)), first));
    }
    return copies;
  }

  private static Iterator<Row> clean(Iterator<SparkDocument> docs, JobConfig config) {
    Pipeline pipeline = SharedModels.pipeline(config);
    List<Row> out = new ArrayList<>();
    while (docs.hasNext()) {
      SparkDocument d = docs.next();
      CleanedArticle a = pipeline.clean(d.raw());
      out.add(RowFactory.create(d.file(), d.record(), a.id(), a.text()));
    }
    return out.iterator();
  }
}
