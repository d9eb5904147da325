package org.dyad.core.read;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipException;
import org.dyad.model.Issue;

/**
 * Reads a stream up to a byte cap. Past the cap the rest is left unread with an issue; a compressed
 * stream that ends early or is corrupt keeps what was read before the damage, with an issue.
 */
final class CappedBytes {
  private CappedBytes() {}

  static byte[] read(InputStream in, long max, List<Issue> issues) throws IOException {
    int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(cap, 1 << 16));
    byte[] buf = new byte[1 << 16];
    try {
      int n;
      while (out.size() < cap && (n = in.read(buf, 0, Math.min(buf.length, cap - out.size()))) >= 0) {
        out.write(buf, 0, n);
      }
      if (out.size() >= cap && in.read() >= 0) {
        issues.add(Documents.issue("truncated", "the input is larger than " + cap + " bytes; only the first " + cap + " were read"));
      }
    } catch (InflationGuard.Bomb e) {
      issues.add(Documents.issue("zip-bomb", Documents.reason(e) + "; the first " + out.size() + " bytes were kept"));
    } catch (EOFException | ZipException e) {
      issues.add(damaged(e, out.size()));
    }
    return out.toByteArray();
  }

  /** The issue for a compressed stream that ends early or is corrupt after {@code kept} good bytes. */
  static Issue damaged(IOException e, long kept) {
    return Documents.issue("truncated-gzip", "the compressed data ends early or is corrupt (" + Documents.reason(e)
        + "); the " + kept + " bytes before the damage were kept");
  }
}
