package org.dyad.eval.timex;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the regular files of an uncompressed tar stream (ustar, GNU long names, pax paths): 512-byte
 * headers, each followed by the content padded to 512 bytes, ended by a zero block.
 */
final class TarReader {
  private static final int BLOCK = 512;

  private TarReader() {}

  /** Name to content of every regular file whose name passes {@code wanted}, in archive order. */
  static Map<String, byte[]> readFiles(InputStream in, Predicate<String> wanted) throws IOException {
    requireNonNull(in, "in is null");
    Map<String, byte[]> files = new LinkedHashMap<>();
    String longName = null;
    while (true) {
      byte[] header = in.readNBytes(BLOCK);
      if (header.length < BLOCK || isZero(header)) {
        return files;
      }
      long size = octal(header, 124, 12);
      char type = (char) header[156];
      byte[] content = readPadded(in, size);
      if (type == 'L') {
        longName = cString(content, 0, content.length);
      } else if (type == 'x') {
        longName = paxPath(content, longName);
      } else if (type == '0' || type == '\0' || type == '7') {
        String name = longName != null ? longName : name(header);
        if (wanted.test(name)) {
          files.put(name, content);
        }
        longName = null;
      } else {
        longName = null;
      }
    }
  }

  private static byte[] readPadded(InputStream in, long size) throws IOException {
    if (size > Integer.MAX_VALUE - BLOCK) {
      throw new IOException("tar entry too large: " + size);
    }
    byte[] content = in.readNBytes((int) size);
    if (content.length < size) {
      throw new IOException("truncated tar entry");
    }
    long pad = (BLOCK - size % BLOCK) % BLOCK;
    in.readNBytes((int) pad);
    return content;
  }

  private static String name(byte[] header) {
    String name = cString(header, 0, 100);
    boolean ustar = cString(header, 257, 6).startsWith("ustar");
    String prefix = ustar ? cString(header, 345, 155) : "";
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  /** The {@code path} record of a pax header, or the previous name when there is none. */
  private static String paxPath(byte[] content, String previous) {
    for (String record : new String(content, StandardCharsets.UTF_8).split("\n")) {
      int eq = record.indexOf(" path=");
      if (eq >= 0) {
        return record.substring(eq + " path=".length());
      }
    }
    return previous;
  }

  private static long octal(byte[] b, int offset, int length) throws IOException {
    String s = cString(b, offset, length).trim();
    if (s.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(s, 8);
    } catch (NumberFormatException e) {
      throw new IOException("bad tar size field: " + s, e);
    }
  }

  private static String cString(byte[] b, int offset, int length) {
    int end = offset;
    while (end < offset + length && end < b.length && b[end] != 0) {
      end++;
    }
    return new String(b, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static boolean isZero(byte[] block) {
    for (byte x : block) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }
}
