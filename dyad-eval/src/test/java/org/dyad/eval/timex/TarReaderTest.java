package org.dyad.eval.timex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TarReaderTest {
  /** A minimal tar writer for the test: header name, size and type; no checksum. */
  private static void entry(ByteArrayOutputStream out, String name, char type, byte[] content) {
    byte[] header = new byte[512];
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(n, 0, header, 0, Math.min(100, n.length));
    byte[] size = String.format("%011o", content.length).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(size, 0, header, 124, size.length);
    header[156] = (byte) type;
    out.writeBytes(header);
    out.writeBytes(content);
    out.writeBytes(new byte[(512 - content.length % 512) % 512]);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsRegularFilesAndSkipsTheRest() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    entry(out, "dir/", '5', new byte[0]);
    entry(out, "dir/a.tml", '0', bytes("<TEXT>a</TEXT>"));
    entry(out, "dir/README.txt", '0', bytes("x".repeat(700)));
    entry(out, "dir/b.tml", '0', new byte[512]);
    out.writeBytes(new byte[1024]);
    Map<String, byte[]> files = TarReader.readFiles(
        new ByteArrayInputStream(out.toByteArray()), n -> n.endsWith(".tml"));
    assertEquals(java.util.List.of("dir/a.tml", "dir/b.tml"), java.util.List.copyOf(files.keySet()));
    assertArrayEquals(bytes("<TEXT>a</TEXT>"), files.get("dir/a.tml"));
    assertEquals(512, files.get("dir/b.tml").length);
  }

  @Test
  void readsGnuLongNames() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String longName = "d/" + "x".repeat(150) + ".tml";
    entry(out, "././@LongLink", 'L', bytes(longName + "\0"));
    entry(out, "d/xxx", '0', bytes("hi"));
    Map<String, byte[]> files = TarReader.readFiles(new ByteArrayInputStream(out.toByteArray()), n -> true);
    assertEquals(java.util.Set.of(longName), files.keySet());
  }

  @Test
  void emptyStreamHasNoFilesAndTruncationFails() throws IOException {
    assertEquals(Map.of(), TarReader.readFiles(new ByteArrayInputStream(new byte[0]), n -> true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    entry(out, "a.tml", '0', bytes("x".repeat(100)));
    byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), 530);
    assertThrows(IOException.class, () -> TarReader.readFiles(new ByteArrayInputStream(cut), n -> true));
  }
}
