package org.dyad.core.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises an article seen before in this corpus: the same normalised text (exact), or a
 * syndicated copy whose word shingles overlap enough (MinHash with locality-sensitive hashing over
 * bands). Enough is an estimated Jaccard similarity at the threshold, or one text almost wholly
 * inside the other (estimated containment {@value #CONTAINMENT}, as when a copy leaves out a
 * sentence or adds a line) with a similarity no more than {@value #CONTAINED_SLACK} below the
 * threshold. The first copy is the article; later ones point to it. Thread-safe.
 */
public final class Deduplicator {
  static final double CONTAINMENT = 0.9;
  static final double CONTAINED_SLACK = 0.1;
  private static final int BANDS = 32;
  private static final int ROWS = 4;
  private final MinHash minHash = new MinHash(BANDS * ROWS, 3, 0x5eed);
  private final double threshold;
  private final Map<String, String> exact = new HashMap<>();
  private final Map<String, List<Integer>> buckets = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<MinHash.Sketch> sketches = new ArrayList<>();

  /** @param threshold estimated Jaccard similarity of shingles from which two texts are copies */
  public Deduplicator(double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]");
    }
    this.threshold = threshold;
  }

  /** The normalised-content hash that keys an article (hex SHA-256 of its letters and digits). */
  public static String contentHash(String text) {
    String norm = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(norm.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /**
   * Registers an article and says whether it copies one registered before.
   *
   * @return the id of the earlier article, or empty when this one is new (and now registered)
   */
  public synchronized Optional<String> check(String id, String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    String hash = contentHash(text);
    String first = exact.putIfAbsent(hash, id);
    if (first != null) {
      return Optional.of(first);
    }
    MinHash.Sketch sketch = minHash.sketch(text);
    Optional<String> near = nearest(sketch);
    if (near.isPresent()) {
      return near;
    }
    int index = ids.size();
    ids.add(id);
    sketches.add(sketch);
    for (String key : bandKeys(sketch.minima())) {
      buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
    }
    return Optional.empty();
  }

  private Optional<String> nearest(MinHash.Sketch sketch) {
    int best = -1;
    double bestSim = -1;
    for (String key : bandKeys(sketch.minima())) {
      for (int i : buckets.getOrDefault(key, List.of())) {
        MinHash.Sketch other = sketches.get(i);
        double sim = MinHash.similarity(sketch.minima(), other.minima());
        if (copies(sim, sketch.shingles(), other.shingles()) && (sim > bestSim || sim == bestSim && i < best)) {
          best = i;
          bestSim = sim;
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(ids.get(best));
  }

  /** Similar enough, or one almost inside the other: |A∩B| = J(|A|+|B|)/(1+J), over the smaller set. */
  private boolean copies(double jaccard, int sizeA, int sizeB) {
    if (jaccard >= threshold) {
      return true;
    }
    if (jaccard < threshold - CONTAINED_SLACK) {
      return false;
    }
    double common = jaccard * (sizeA + sizeB) / (1 + jaccard);
    return common / Math.max(1, Math.min(sizeA, sizeB)) >= CONTAINMENT;
  }

  private static List<String> bandKeys(long[] sig) {
    List<String> keys = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long h = band;
      for (int r = 0; r < ROWS; r++) {
        h = h * 1000003L ^ sig[band * ROWS + r];
      }
      keys.add(band + ":" + Long.toHexString(h));
    }
    return keys;
  }
}
