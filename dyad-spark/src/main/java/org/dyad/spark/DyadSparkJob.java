package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dyad.core.json.ArticleJson;
import org.dyad.model.AnalyzedArticle;

/**
 * {@code DyadSparkJob INPUT OUTPUT [--master URL] [--date YYYY-MM-DD] [--partitions N] [--no-dedup]}: runs {@code dyad analyze}'s
 * pipeline over pages, JSON lines, WARC archives or feeds under any Hadoop-compatible path and
 * writes the Parquet tables articles, entities, quotes, events and failures, and the GDELT 2.0
 * export (tab-separated text) under OUTPUT. {@code --no-dedup} analyses copies too (see {@link JobConfig}).
 */
public final class DyadSparkJob {
  private DyadSparkJob() {
  }

  public static void main(String[] args) {
    JobArguments a = JobArguments.parse(args);
    SparkSession.Builder builder = SparkSession.builder().appName("dyad");
    SparkSession spark = (a.master() == null ? builder : builder.master(a.master())).getOrCreate();
    StageTimes stages = new StageTimes();
    spark.sparkContext().addSparkListener(stages);
    try {
      long t0 = System.nanoTime();
      long articles = run(spark, a.input(), a.output(), a.config());
      System.err.printf("dyad-spark: %d document(s) in %.1f s written to %s%n", articles, (System.nanoTime() - t0) / 1e9,
          a.output());
      stages.lines().forEach(line -> System.err.println("dyad-spark: " + line));
    } finally {
      spark.stop();
    }
  }

  /** Runs the job; returns the number of documents read (articles, copies and failures). */
  public static long run(SparkSession spark, String input, String output, JobConfig config) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    hadoop.set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    String root = qualified(input, hadoop);
    JavaPairRDD<String, PortableDataStream> files = FileSpreader.spread(jsc.binaryFiles(input, config.partitions())
        .filter(f -> HadoopInput.wanted(root, f._1())), config.partitions(), hadoop);
    Broadcast<Map<String, String>> copies = jsc.broadcast(
        config.findCopies() ? DuplicateFinder.copies(spark, files, root, config) : Map.of());
    Dataset<Row> results = spark.createDataFrame(
        files.mapPartitions(p -> ArticleAnalyzer.analyze(root, p, config, copies)), ArticleAnalyzer.RESULTS)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long n = results.count();
    Dataset<Row> articles = table(spark, results, ArticleTables.ARTICLES, (r, a) -> ArticleTables.articles(file(r), record(r), a));
    write(articles, output, "articles");
    write(table(spark, results, ArticleTables.ENTITIES, (r, a) -> ArticleTables.entities(file(r), record(r), a)), output, "entities");
    write(table(spark, results, ArticleTables.QUOTES, (r, a) -> ArticleTables.quotes(file(r), record(r), a)), output, "quotes");
    write(table(spark, results, ArticleTables.EVENTS, (r, a) -> ArticleTables.events(file(r), record(r), a)), output, "events");
    write(table(spark, results, ArticleTables.FAILURES,
        (r, a) -> ArticleTables.failures(file(r), record(r), r.getString(2), a)), output, "failures");
    Dataset<Row> gdelt = table(spark, results, GdeltOutput.INPUT, (r, a) -> GdeltOutput.inputs(file(r), record(r), a));
    JavaRDD<String> lines = GdeltOutput.lines(gdelt, spark.read().parquet(output + "/articles"), Timestamp.from(Instant.now()));
    spark.createDataset(lines.rdd(), org.apache.spark.sql.Encoders.STRING()).coalesce(1)
        .write().mode(SaveMode.Overwrite).text(output + "/gdelt");
    long undated = table(spark, results, GdeltOutput.UNDATED, (r, a) -> GdeltOutput.undated(a)).count();
    if (undated > 0) {
      System.err.println("dyad-spark: the GDELT export left out " + undated + " event(s) without a calendar date "
          + "(GDELT files every event under a day)");
    }
    results.unpersist();
    return n;
  }

  /** One table from the results: each JSON line parsed back into the article and mapped to rows. */
  private static Dataset<Row> table(SparkSession spark, Dataset<Row> results, StructType schema,
      SerializableMapper rows) {
    return spark.createDataFrame(results.javaRDD().flatMap(r -> rows.apply(r, ArticleJson.parse(r.getString(3))).iterator()),
        schema);
  }

  /** Maps a result row and its article to a table's rows; serialisable for the executors. */
  interface SerializableMapper extends BiFunction<Row, AnalyzedArticle, List<Row>>, java.io.Serializable {
  }

  private static String file(Row r) {
    return r.getString(0);
  }

  private static int record(Row r) {
    return r.getInt(1);
  }

  private static void write(Dataset<Row> table, String output, String name) {
    table.sort("file", "record").write().mode(SaveMode.Overwrite).parquet(output + "/" + name);
  }

  private static String qualified(String input, Configuration hadoop) {
    try {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(hadoop);
      return fs.makeQualified(p).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + input, e);
    }
  }

  /** Parsed command-line arguments. */
  record JobArguments(String input, String output, JobConfig config, String master) {
    static JobArguments parse(String[] args) {
      String input = null;
      String output = null;
      LocalDate date = null;
      int partitions = 2;
      boolean findCopies = true;
      String master = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--date" -> date = date(value(args, ++i, "--date"));
          case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, "--partitions"));
          case "--no-dedup" -> findCopies = false;
          case "--master" -> master = value(args, ++i, "--master");
          default -> {
            if (input == null) {
              input = args[i];
            } else if (output == null) {
              output = args[i];
            } else {
              throw usage("unexpected argument: " + args[i]);
            }
          }
        }
      }
      if (output == null) {
        throw usage("INPUT and OUTPUT are required");
      }
      return new JobArguments(input, output, new JobConfig(date, partitions, JobConfig.MAX_INPUT_BYTES, findCopies), master);
    }

    private static LocalDate date(String value) {
      try {
        return LocalDate.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        throw usage("--date: want a calendar day as YYYY-MM-DD, such as 2021-09-10; got '" + value + "'");
      }
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw usage(option + " needs a value");
      }
      return args[i];
    }

    private static IllegalArgumentException usage(String message) {
      return new IllegalArgumentException(message
          + "\nusage: DyadSparkJob INPUT OUTPUT [--master URL] [--date YYYY-MM-DD] [--partitions N] [--no-dedup]");
    }
  }
}
