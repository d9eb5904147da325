package org.dyad.core.read;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads {@code \n}-terminated lines (a trailing {@code \r} is dropped) of at most a given length.
 * The rest of a longer line is read past and dropped, so a line without end (a gzip bomb of one
 * letter) costs time but never memory; the line then says how long it really was.
 */
final class BoundedLines {
  /** A line's kept text and its full length in characters. */
  record Line(String text, long length) {
    boolean cut() {
      return length > text.length();
    }
  }

  private final Reader in;
  private final int max;
  private final char[] buf = new char[1 << 13]; // small: a stream that breaks off loses at most this much before the break
  private int pos;
  private int end;

  BoundedLines(Reader in, int max) {
    if (max <= 0) {
      throw new IllegalArgumentException("max must be positive");
    }
    this.in = in;
    this.max = max;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    if (pos == end && !fill()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    long length = 0;
    while (true) {
      int nl = indexOfNewline();
      int stop = nl < 0 ? end : nl;
      sb.append(buf, pos, (int) Math.min(stop - pos, max - sb.length()));
      length += stop - pos;
      if (nl >= 0) {
        pos = nl + 1;
        return finish(sb, length);
      }
      pos = end;
      if (!fill()) {
        return finish(sb, length);
      }
    }
  }

  private static Line finish(StringBuilder sb, long length) {
    if (length == sb.length() && !sb.isEmpty() && sb.charAt(sb.length() - 1) == '\r') {
      sb.setLength(sb.length() - 1);
      length--;
    }
    return new Line(sb.toString(), length);
  }

  private int indexOfNewline() {
    for (int i = pos; i < end; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }
}
