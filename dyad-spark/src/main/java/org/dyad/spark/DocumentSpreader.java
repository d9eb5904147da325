package org.dyad.spark;

import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Spreads documents over partitions by count and size: documents are ranked by size (largest
 * first, then by file and record) and dealt to the partitions in snake order (0, 1, ..., n-1,
 * n-1, ..., 1, 0, 0, 1, ...), so partition counts differ by at most one and each partition gets a
 * near-equal share of the characters. Works on documents, not files: one JSON-lines file or WARC
 * archive of many articles is spread like a folder of pages. Distributed (a sort and a shuffle of
 * the documents), so the driver never holds the documents or their keys.
 */
final class DocumentSpreader {
  private DocumentSpreader() {
  }

  /** The documents in {@code partitions} partitions (at least one), spread by count and size. */
  static JavaRDD<SparkDocument> spread(JavaRDD<SparkDocument> docs, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
    }
    return docs.sortBy(DocumentSpreader::rank, true, Math.max(1, docs.getNumPartitions()))
        .zipWithIndex()
        .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
        .partitionBy(new Snake(partitions))
        .values();
  }

  /** Sorts largest first, ties by file and record, as a string that sorts the same way. */
  static String rank(SparkDocument d) {
    return String.format("%010d %s", Integer.MAX_VALUE - d.size(), d.key());
  }

  /** The partition of the document ranked {@code rank} (0 = largest) among {@code partitions}. */
  static int partition(long rank, int partitions) {
    int turn = (int) (rank % (2L * partitions));
    return turn < partitions ? turn : 2 * partitions - 1 - turn;
  }

  /** Spark's side of {@link #partition}: the key is the document's rank. */
  static final class Snake extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    Snake(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return partition((Long) key, partitions);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Snake s && s.partitions == partitions;
    }

    @Override
    public int hashCode() {
      return partitions;
    }
  }
}
