package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.input.PortableDataStream;

/**
 * Spreads the input files over partitions by count and size for reading: Spark's {@code binaryFiles}
 * packs small files into splits by bytes, and a corpus of news pages (a few kilobytes each) came out
 * as one task. Files go largest first to the partition with the fewest bytes so far (ties to the one
 * with the fewest files); a file stays whole (a WARC archive is read by one task). The analysis is
 * spread again, by document ({@link DocumentSpreader}).
 */
final class FileSpreader {
  private FileSpreader() {
  }

  /** The files in {@code partitions} partitions (fewer when there are fewer files), balanced by size. */
  static JavaPairRDD<String, PortableDataStream> spread(JavaPairRDD<String, PortableDataStream> files, int partitions,
      Configuration hadoop) {
    List<String> paths = files.keys().collect();
    if (paths.isEmpty()) {
      return files;
    }
    Map<String, Long> sizes = new HashMap<>();
    for (String p : paths) {
      sizes.put(p, length(p, hadoop));
    }
    int n = Math.min(partitions, paths.size());
    return files.partitionBy(new Assigned(assign(sizes, n), n));
  }

  /** Each file's partition: largest first to the partition with the fewest bytes, then the fewest files. */
  static Map<String, Integer> assign(Map<String, Long> sizes, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
    }
    List<Map.Entry<String, Long>> files = new ArrayList<>(sizes.entrySet());
    files.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    long[] bytes = new long[partitions];
    int[] count = new int[partitions];
    PriorityQueue<Integer> least = new PriorityQueue<>(Comparator.<Integer>comparingLong(i -> bytes[i])
        .thenComparingInt(i -> count[i]).thenComparingInt(i -> i));
    for (int i = 0; i < partitions; i++) {
      least.add(i);
    }
    Map<String, Integer> out = new HashMap<>();
    for (Map.Entry<String, Long> f : files) {
      int slot = least.poll();
      out.put(f.getKey(), slot);
      bytes[slot] += Math.max(1, f.getValue());
      count[slot]++;
      least.add(slot);
    }
    return out;
  }

  private static long length(String path, Configuration hadoop) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(hadoop).getFileStatus(p).getLen();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + path, e);
    }
  }

  /** Spark's side of {@link #assign}: a file's partition by its path. */
  static final class Assigned extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, Integer> slots;
    private final int partitions;

    Assigned(Map<String, Integer> slots, int partitions) {
      this.slots = new HashMap<>(slots);
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      Integer slot = slots.get(key);
      return slot != null ? slot : Math.floorMod(key.hashCode(), partitions);
    }
  }
}
