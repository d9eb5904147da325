package org.dyad.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.core.json.ArticleJson;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.CleanedArticle;
import org.dyad.model.RawDocument;

/**
 * The second pass, per partition of documents: one light pipeline per task around the executor's
 * shared annotator. Each document is cleaned and analysed as the command does it; whether it is a
 * copy was decided over the whole input by {@link DuplicateFinder} (a copy is only cleaned and
 * points to its first copy, as in the command). Each result is its JSON line.
 */
final class ArticleAnalyzer {
  static final StructType RESULTS = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("record", DataTypes.IntegerType, false)
      .add("origin", DataTypes.StringType, false)
      .add("json", DataTypes.StringType, false);

  private ArticleAnalyzer() {
  }

  static Iterator<Row> analyze(Iterator<SparkDocument> docs, JobConfig config, Broadcast<Map<String, String>> copies,
      JobMetrics metrics) {
    Pipeline pipeline = SharedModels.pipeline(config);
    List<Row> out = new ArrayList<>();
    while (docs.hasNext()) {
      SparkDocument d = docs.next();
      RawDocument raw = d.raw();
      CleanedArticle cleaned = pipeline.clean(raw);
      AnalyzedArticle a = pipeline.analyze(cleaned, copies.value().get(d.key()));
      out.add(RowFactory.create(d.file(), d.record(), raw.origin(), ArticleJson.line(a)));
    }
    metrics.report(SharedModels.takeLoadNanos(), out.size());
    return out.iterator();
  }
}
