package org.dyad.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What the analysis tasks tell the driver: how many JVMs built the CoreNLP models and how long that
 * took (so a run's summary can give the analysis time without model loading), and the documents
 * analysed.
 */
final class JobMetrics implements Serializable {
  private static final long serialVersionUID = 1L;
  private final LongAccumulator modelLoads;
  private final LongAccumulator modelLoadNanos;
  private final LongAccumulator documents;

  JobMetrics(SparkContext sc) {
    modelLoads = sc.longAccumulator("dyad model loads");
    modelLoadNanos = sc.longAccumulator("dyad model load ns");
    documents = sc.longAccumulator("dyad documents analysed");
  }

  /** A task's report: {@code loadNanos} when it built its JVM's models (else negative), and its documents. */
  void report(long loadNanos, long docs) {
    if (loadNanos >= 0) {
      modelLoads.add(1);
      modelLoadNanos.add(loadNanos);
    }
    documents.add(docs);
  }

  /** JVMs that built the models during the job. */
  long modelLoads() {
    return modelLoads.value();
  }

  /** Seconds spent building models, summed over the JVMs. */
  double modelLoadSeconds() {
    return modelLoadNanos.value() / 1e9;
  }

  long documents() {
    return documents.value();
  }
}
