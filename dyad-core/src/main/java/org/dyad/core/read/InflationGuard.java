package org.dyad.core.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Gunzips a stream and stops a decompression bomb: once more than {@link #FLOOR} bytes came out,
 * output more than {@link #MAX_RATIO} times the compressed bytes read so far is refused with a
 * {@link Bomb}. News text compresses about 3 to 10 times; a bomb of one repeated byte about 1,000.
 */
final class InflationGuard extends FilterInputStream {
  static final long FLOOR = 64L << 20;
  static final long MAX_RATIO = 100;

  /** The decompressed data grew past the guard's bounds. */
  static final class Bomb extends IOException {
    Bomb(long in, long out) {
      super("the compressed data expands more than " + MAX_RATIO + " times (" + in + " bytes gave over " + out
          + "); reading stopped there");
    }
  }

  private final Counting raw;
  private long out;

  private InflationGuard(Counting raw) throws IOException {
    super(new GZIPInputStream(raw, 1 << 16));
    this.raw = raw;
  }

  /** A gunzipping stream over {@code compressed}; closes it when the gzip header cannot be read. */
  static InputStream gunzip(InputStream compressed) throws IOException {
    try {
      return new InflationGuard(new Counting(compressed));
    } catch (IOException e) {
      compressed.close();
      throw e;
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      out += n;
      if (out > FLOOR && out > raw.count * MAX_RATIO) {
        throw new Bomb(raw.count, out);
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] b = new byte[(int) Math.min(n, 1 << 16)];
    int r = read(b, 0, b.length);
    return Math.max(r, 0);
  }

  /** Counts the compressed bytes that the inflater has taken. */
  private static final class Counting extends FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }
  }
}
