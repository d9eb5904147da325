package org.dyad.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Finds where the next WARC record may start after damage: the next gzip member header in a
 * WARC.gz (each record is its own member), or the next {@code WARC/1.} version line in a plain WARC.
 * jwarc then parses from there; a false start only costs another search further on.
 */
final class RecordStarts {
  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

  private RecordStarts() {}

  /** The byte offset of the first possible record start at or after {@code from}, or -1. */
  static long next(Path file, long from, WarcCompression compression) throws IOException {
    byte[] marker = compression == WarcCompression.GZIP ? GZIP : WARC;
    boolean atLineStart = compression != WarcCompression.GZIP;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      if (from >= ch.size()) {
        return -1;
      }
      ch.position(from);
      return scan(Channels.newInputStream(ch), from, marker, atLineStart);
    }
  }

  private static long scan(InputStream raw, long from, byte[] marker, boolean atLineStart) throws IOException {
    InputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
    int matched = 0;
    int previous = '\n';
    int beforeMatch = '\n';
    long pos = from;
    int b;
    while ((b = in.read()) >= 0) {
      if (b == (marker[matched] & 0xff)) {
        if (matched == 0) {
          beforeMatch = previous;
        }
        matched++;
        if (matched == marker.length) {
          if (!atLineStart || beforeMatch == '\n') {
            return pos - marker.length + 1;
          }
          matched = 0;
        }
      } else {
        matched = b == (marker[0] & 0xff) ? 1 : 0;
        beforeMatch = previous;
      }
      previous = b;
      pos++;
    }
    return -1;
  }
}
