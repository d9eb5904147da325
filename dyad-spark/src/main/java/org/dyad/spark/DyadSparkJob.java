package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The documents (not the files: one JSON-lines file or WARC archive may hold them all) are spread over
 * {@code --partitions} partitions (default four per core of the master), and the analysis runs as that
 * many tasks. The summary on standard error gives each stage's task count and time, and the analysis
 * time with and without model loading.
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
      JobConfig config = a.config(spark.sparkContext().defaultParallelism());
      Summary summary = run(spark, a.input(), a.output(), config, stages);
      System.err.printf(Locale.ROOT, "dyad-spark: %d document(s) in %.1f s written to %s (master %s, %d partition(s))%n",
          summary.documents(), (System.nanoTime() - t0) / 1e9, a.output(), spark.sparkContext().master(), config.partitions());
      summary.lines().forEach(line -> System.err.println("dyad-spark: " + line));
    } finally {
      spark.stop();
    }
  }

  /** What a run did: the documents read, and a summary per stage and of the analysis. */
  public record Summary(long documents, List<String> lines) {
  }

  /** Runs the job; returns the number of documents read (articles, copies and failures). */
  public static long run(SparkSession spark, String input, String output, JobConfig config) {
    return run(spark, input, output, config, null).documents();
  }

  /**
   * Runs the job. Steps, each a Spark job under its own description: read the files and spread their
   * documents over {@code config.partitions()} partitions by count and size ({@link DocumentSpreader});
   * find copies over the whole input; analyse; write the tables.
   *
   * @param stages the listener already registered on {@code spark}, for the summary (may be null)
   */
  static Summary run(SparkSession spark, String input, String output, JobConfig config, StageTimes stages) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    hadoop.set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    String root = qualified(input, hadoop);
    JobMetrics metrics = new JobMetrics(spark.sparkContext());
    jsc.setJobDescription(READ);
    JavaPairRDD<String, PortableDataStream> files = FileSpreader.spread(jsc.binaryFiles(input, config.partitions())
        .filter(f -> HadoopInput.wanted(root, f._1())), config.partitions(), hadoop);
    JavaRDD<SparkDocument> docs = DocumentSpreader.spread(
        files.flatMap(f -> HadoopInput.documents(root, f._1(), f._2(), config.maxInputBytes())), config.partitions())
        .persist(StorageLevel.MEMORY_AND_DISK());
    long read = docs.count();
    jsc.setJobDescription(COPIES);
    Broadcast<Map<String, String>> copies = jsc.broadcast(
        config.findCopies() ? DuplicateFinder.copies(spark, docs, config) : Map.of());
    jsc.setJobDescription(ANALYSIS);
    long t0 = System.nanoTime();
    long cpu0 = processCpuNanos();
    Dataset<Row> results = spark.createDataFrame(
        docs.mapPartitions(p -> ArticleAnalyzer.analyze(p, config, copies, metrics)), ArticleAnalyzer.RESULTS)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long n = results.count();
    double analysis = (System.nanoTime() - t0) / 1e9;
    double cpu = (processCpuNanos() - cpu0) / 1e9;
    docs.unpersist();
    jsc.setJobDescription(TABLES);
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
    jsc.setJobDescription(null);
    if (read != n) {
      throw new IllegalStateException("read " + read + " document(s) but analysed " + n);
    }
    return new Summary(n, stages == null ? List.of() : summary(spark, stages, metrics, analysis, cpu));
  }

  /** The step names in the summary (Spark job descriptions). */
  static final String READ = "read and spread documents";
  static final String COPIES = "find copies";
  static final String ANALYSIS = "analysis";
  static final String TABLES = "tables";

  /** This JVM's CPU time so far (all its threads), or 0 when the JVM cannot tell. */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
  }

  private static List<String> summary(SparkSession spark, StageTimes stages, JobMetrics metrics, double analysis,
      double cpu) {
    try {
      // Stage events reach the listener on Spark's listener bus, a moment after the jobs end.
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } catch (java.util.concurrent.TimeoutException e) {
      // The summary may then miss the last stages; the output is written.
    }
    List<String> out = new ArrayList<>(stages.steps());
    int tasks = stages.step(ANALYSIS).stream().mapToInt(StageTimes.Stage::tasks).max().orElse(0);
    double loading = metrics.modelLoadSeconds();
    long docs = metrics.documents();
    out.add(String.format(Locale.ROOT, "analysis: %d document(s) in %d task(s), %.1f s; CoreNLP models built in %d JVM(s), "
        + "%.1f s; without it %.1f s, %.3f document(s)/s", docs, tasks, analysis, metrics.modelLoads(), loading,
        analysis - loading, docs / Math.max(1e-9, analysis - loading)));
    // In local mode the executors are this JVM: CPU seconds per wall second are the cores the analysis got
    // (on a loaded machine fewer than the master's); on a cluster this is the driver's CPU only.
    out.add(String.format(Locale.ROOT, "analysis: this JVM used %.1f CPU-s in %.1f s (%.2f cores)", cpu, analysis,
        cpu / Math.max(1e-9, analysis)));
    return out;
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
  record JobArguments(String input, String output, LocalDate date, Integer partitions, boolean findCopies, String master) {
    /**
     * The job's configuration; without {@code --partitions}, four partitions per core of the master
     * ({@code defaultParallelism}), so a slow task is balanced by the others.
     */
    JobConfig config(int defaultParallelism) {
      int n = partitions != null ? partitions : 4 * Math.max(1, defaultParallelism);
      return new JobConfig(date, n, JobConfig.MAX_INPUT_BYTES, findCopies);
    }


    static JobArguments parse(String[] args) {
      String input = null;
      String output = null;
      LocalDate date = null;
      Integer partitions = null;
      boolean findCopies = true;
      String master = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--date" -> date = date(value(args, ++i, "--date"));
          case "--partitions" -> partitions = partitions(value(args, ++i, "--partitions"));
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
      return new JobArguments(input, output, date, partitions, findCopies, master);
    }

    private static int partitions(String value) {
      try {
        int n = Integer.parseInt(value);
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw usage("--partitions: want a whole number of at least 1; got '" + value + "'");
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
          + "\nusage: DyadSparkJob INPUT OUTPUT [--master URL] [--date YYYY-MM-DD] [--partitions N] [--no-dedup]"
          + "\n  --partitions N: the documents are spread over N partitions, the analysis tasks (default: 4 per core)");
    }
  }
}
