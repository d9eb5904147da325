package org.dyad.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.core.json.ArticleJson;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.RawDocument;
import scala.Tuple2;

/**
 * The second pass, per partition: one light pipeline per file around the executor's shared
 * annotator (so its de-duplicator sees only that file). Copies found by {@link DuplicateFinder} are
 * only cleaned and point to their first copy, as in the command; the rest go through every stage.
 * Each result is its JSON line.
 */
final class ArticleAnalyzer {
  static final StructType RESULTS = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("record", DataTypes.IntegerType, false)
      .add("origin", DataTypes.StringType, false)
      .add("json", DataTypes.StringType, false);

  private ArticleAnalyzer() {
  }

  static Iterator<Row> analyze(String root, Iterator<Tuple2<String, PortableDataStream>> files, JobConfig config,
      Broadcast<Map<String, String>> copies) {
    List<Row> out = new ArrayList<>();
    while (files.hasNext()) {
      Tuple2<String, PortableDataStream> f = files.next();
      Pipeline pipeline = SharedModels.pipeline(config);
      Pipeline cleaner = SharedModels.cleaner(config);
      int[] record = {0};
      HadoopInput.read(root, f._1(), f._2(), config.maxInputBytes(), doc -> {
        String first = copies.value().get(DocumentKey.of(f._1(), record[0]));
        AnalyzedArticle a = first == null ? pipeline.process(doc) : copyOf(cleaner.process(doc), first);
        out.add(RowFactory.create(f._1(), record[0]++, origin(doc), ArticleJson.line(a)));
      });
    }
    return out.iterator();
  }

  private static String origin(RawDocument doc) {
    return doc.origin();
  }

  private static AnalyzedArticle copyOf(AnalyzedArticle a, String first) {
    return new AnalyzedArticle(a.id(), a.url(), a.source(), a.publisher(), a.agency(), a.title(), a.published(), a.dateline(),
        a.text(), first, a.entities(), a.quotes(), a.dates(), a.events(), a.issues(), a.tone(), a.sentences());
  }
}
