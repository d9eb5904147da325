package org.dyad.core.dedup;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * MinHash signatures over word shingles: two texts' signatures agree in about the share of
 * positions equal to the Jaccard similarity of their shingle sets.
 */
final class MinHash {
  private final int shingle;
  private final long[] a;
  private final long[] b;

  MinHash(int size, int shingle, long seed) {
    if (size <= 0 || shingle <= 0) {
      throw new IllegalArgumentException("size and shingle must be positive");
    }
    this.shingle = shingle;
    SplittableRandom r = new SplittableRandom(seed);
    a = new long[size];
    b = new long[size];
    for (int i = 0; i < size; i++) {
      a[i] = r.nextLong() | 1L;
      b[i] = r.nextLong();
    }
  }

  /** A text's signature and its number of distinct shingles. */
  record Sketch(long[] minima, int shingles) {}

  Sketch sketch(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    long[] sig = new long[a.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    Set<Long> seen = new HashSet<>();
    int n = Math.max(1, words.length - shingle + 1);
    for (int i = 0; i < n; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < Math.min(words.length, i + shingle); j++) {
        h = 31 * h + words[j].hashCode();
      }
      h = mix(h);
      if (!seen.add(h)) {
        continue;
      }
      for (int k = 0; k < a.length; k++) {
        long v = mix(a[k] * h + b[k]);
        if (Long.compareUnsigned(v, sig[k]) < 0) {
          sig[k] = v;
        }
      }
    }
    return new Sketch(sig, seen.size());
  }

  static double similarity(long[] x, long[] y) {
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return (double) same / x.length;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
