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
 * syndicated copy whose word shingles overlap by at least the threshold (MinHash with
 * locality-sensitive hashing over bands). The first copy is the article; later ones point to it.
 * Thread-safe.
 */
public final class Deduplicator {
  private static final int BANDS = 16;
  private static final int ROWS = 4;
  private final MinHash minHash = new MinHash(BANDS * ROWS, 3, 0x5eed);
  private final double threshold;
  private final Map<String, String> exact = new HashMap<>();
  private final Map<String, List<Integer>> buckets = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<long[]> signatures = new ArrayList<>();

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
    long[] sig = minHash.signature(text);
    Optional<String> near = nearest(sig);
    if (near.isPresent()) {
      return near;
    }
    int index = ids.size();
    ids.add(id);
    signatures.add(sig);
    for (String key : bandKeys(sig)) {
      buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
    }
    return Optional.empty();
  }

  private Optional<String> nearest(long[] sig) {
    int best = -1;
    double bestSim = threshold;
    for (String key : bandKeys(sig)) {
      for (int i : buckets.getOrDefault(key, List.of())) {
        double sim = MinHash.similarity(sig, signatures.get(i));
        if (sim >= bestSim && (best < 0 || sim > bestSim || i < best)) {
          best = i;
          bestSim = sim;
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(ids.get(best));
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
