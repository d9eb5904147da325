package org.dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.core.testing.WarcFixtures;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzip and WARC decompression bombs, and lines without end, stop with an issue and keep what came before. */
class DecompressionBombTest {
  @TempDir
  Path dir;

  private final InputReader reader = new InputReader(1_000_000);

  private List<RawDocument> read(Path file) {
    List<RawDocument> out = new ArrayList<>();
    reader.read(List.of(file), out::add);
    return out;
  }

  private static String summary(List<RawDocument> docs) {
    return docs.stream().map(d -> d.id() + (d.issues().isEmpty() ? "" : " " + d.issues().get(0).code())).collect(Collectors.joining(", "));
  }

  /** Writes {@code head} then {@code megabytes} MiB of one letter, in 1 MiB gzip members. */
  private Path bomb(String name, String head, int megabytes) throws IOException {
    Path f = dir.resolve(name);
    byte[] member = WarcFixtures.gzip(filled(1 << 20));
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write(WarcFixtures.gzip(head.getBytes(StandardCharsets.UTF_8)));
      for (int i = 0; i < megabytes; i++) {
        out.write(member);
      }
    }
    return f;
  }

  private static byte[] filled(int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) 'a');
    return b;
  }

  @Test
  void aJsonLinesBombKeepsTheLinesBeforeItAndSaysItStopped() throws IOException {
    String good = "{\"id\":\"one\",\"text\":\"The ferry left on Monday.\"}\n{\"id\":\"two\",\"text\":\"It came back on Tuesday.\"}\n";
    List<RawDocument> docs = read(bomb("b.jsonl.gz", good + "{\"id\":\"three\",\"text\":\"", 100));
    assertEquals("one, two, b.jsonl.gz#3 zip-bomb", summary(docs));
  }

  @Test
  void aPageBombIsCutAtTheByteCap() throws IOException {
    List<RawDocument> docs = read(bomb("b.txt.gz", "", 8));
    assertEquals(1_000_000, docs.get(0).content().length());
    assertEquals("b.txt.gz truncated", summary(docs));
  }

  @Test
  void aWarcRecordDeclaringFarMoreThanTheArchiveHoldsIsNotInflated() throws IOException {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n";
    long length = http.length() + (1L << 32);
    String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "WARC-Date: 2026-11-29T00:00:00Z\r\nWARC-Target-URI: https://example.com/bomb\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + length + "\r\n\r\n" + http;
    List<RawDocument> docs = read(bomb("b.warc.gz", header, 2));
    assertEquals("b.warc.gz#1 zip-bomb", summary(docs));
  }

  @Test
  void boundedLinesCutLongLinesAndDropCarriageReturns() throws IOException {
    BoundedLines lines = new BoundedLines(new StringReader("ab\r\ncdef\n\nxyz"), 3);
    List<String> out = new ArrayList<>();
    for (BoundedLines.Line l = lines.next(); l != null; l = lines.next()) {
      out.add(l.text() + "/" + l.length() + (l.cut() ? " cut" : ""));
    }
    assertEquals(List.of("ab/2", "cde/4 cut", "/0", "xyz/3"), out);
  }

  @Test
  void aJsonLineLongerThanTheCapIsRecordedAndTheNextLineIsRead() throws IOException {
    Path f = dir.resolve("long.jsonl");
    Files.writeString(f, "{\"id\":\"big\",\"text\":\"" + "a".repeat(2_200_000) + "\"}\n{\"id\":\"after\",\"text\":\"Still read.\"}\n");
    List<RawDocument> docs = read(f);
    assertEquals("long.jsonl#1 line-too-long, after", summary(docs));
    assertTrue(docs.get(0).issues().get(0).message().contains("2200022 characters"), docs.get(0).issues().toString());
  }
}
