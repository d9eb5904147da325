package org.dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.ContentType;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
  @TempDir
  Path dir;

  private final InputReader reader = new InputReader(1_000_000);

  private List<RawDocument> read(Path... paths) {
    List<RawDocument> out = new ArrayList<>();
    reader.read(List.of(paths), out::add);
    return out;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  @Test
  void walksFoldersInNameOrderAndTellsHtmlFromText() throws IOException {
    write("b/page.html", "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8));
    write("a.txt", "Plain text".getBytes(StandardCharsets.UTF_8));
    write("c.txt", "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8));
    write("ignored.pdf", new byte[] {1, 2, 3});
    List<RawDocument> docs = read(dir);
    assertEquals(List.of("a.txt", "b/page.html", "c.txt"), docs.stream().map(RawDocument::id).toList());
    assertEquals(List.of(ContentType.TEXT, ContentType.HTML, ContentType.HTML), docs.stream().map(RawDocument::type).toList());
  }

  @Test
  void badBytesBecomeDocumentsWithReasons() throws IOException {
    Path empty = write("empty.txt", new byte[0]);
    Path binary = write("binary.txt", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
    Path latin = write("latin.txt", "caf\u00e9 na\u00efve".getBytes(StandardCharsets.ISO_8859_1));
    Path utf16 = write("utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Kabul".getBytes(StandardCharsets.UTF_16LE)));
    List<RawDocument> docs = read(empty, binary, latin, utf16, dir.resolve("missing.txt"));
    assertEquals("empty", docs.get(0).issues().get(0).code());
    assertEquals("binary", docs.get(1).issues().get(0).code());
    assertEquals("", docs.get(1).content());
    assertEquals("invalid-utf8", docs.get(2).issues().get(0).code());
    assertEquals("caf\u00e9 na\u00efve", docs.get(2).content());
    assertEquals("Kabul", docs.get(3).content());
    assertTrue(docs.get(3).issues().isEmpty());
    assertEquals("missing", docs.get(4).issues().get(0).code());
  }

  @Test
  void largePagesAreCutWithAnIssue() throws IOException {
    Path big = write("big.txt", "a".repeat(1_500_000).getBytes(StandardCharsets.UTF_8));
    RawDocument d = read(big).get(0);
    assertEquals(1_000_000, d.content().length());
    assertEquals("truncated", d.issues().get(0).code());
  }

  @Test
  void jsonLinesGiveOneDocumentPerLineAndABadLineDoesNotSinkTheFile() throws IOException {
    Path jsonl = write("feed.jsonl", String.join("\n",
        "{\"id\":\"a1\",\"title\":\"T\",\"url\":\"https://x.org/a\",\"published\":\"2021-09-02T08:00:00Z\",\"text\":\"Body one.\"}",
        "{not json",
        "",
        "{\"html\":\"<p>Body two</p>\",\"published\":\"yesterday\"}",
        "[1,2]").getBytes(StandardCharsets.UTF_8));
    List<RawDocument> docs = read(jsonl);
    assertEquals(4, docs.size());
    assertEquals("a1", docs.get(0).id());
    assertEquals(LocalDate.of(2021, 9, 2), docs.get(0).published());
    assertEquals("bad-json", docs.get(1).issues().get(0).code());
    assertEquals("feed.jsonl#4", docs.get(2).id());
    assertEquals(ContentType.HTML, docs.get(2).type());
    assertEquals("bad-date", docs.get(2).issues().get(0).code());
    assertEquals("bad-json", docs.get(3).issues().get(0).code());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
