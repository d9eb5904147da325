package org.dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.core.testing.WarcFixtures;
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

  @Test
  void theKindComesFromTheContentFirstAndUnknownFilesAreCounted() throws IOException {
    write("feeds/news.xml", "<?xml version=\"1.0\"?>\n<!-- a comment -->\n<rss version=\"2.0\"><channel><title>t</title><item><title>One</title>"
        .concat("<description>First item text.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
    WarcFixtures.write(dir.resolve("archive.txt"), false);
    write("notes.md", "# not read".getBytes(StandardCharsets.UTF_8));
    SkipCounts skips = new SkipCounts();
    List<RawDocument> docs = new ArrayList<>();
    reader.read(List.of(dir), docs::add, skips);
    assertEquals(List.of("archive.txt#3", "archive.txt#5", "feeds/news.xml#1"), docs.stream().map(RawDocument::id).toList());
    assertEquals(1, skips.count(dir.toString(), "file of unknown type"));
    assertEquals(InputKind.FEED, InputSniffer.kindOf(dir.resolve("feeds/news.xml")));
    assertEquals(InputKind.WARC, InputSniffer.kindOf(dir.resolve("archive.txt")));
    assertEquals(InputKind.UNSUPPORTED, InputSniffer.kindOf(dir.resolve("notes.md")));
  }

  @Test
  void gzipInputsAreReadAndATruncatedOneKeepsWhatCameBeforeTheCut() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      lines.append("{\"id\":\"n").append(i).append("\",\"text\":\"Line ").append(i).append(" of a long feed of short notes.\"}\n");
    }
    byte[] gz = WarcFixtures.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
    Path whole = write("whole.jsonl.gz", gz);
    Path cut = write("cut.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
    Path page = write("page.html.gz", WarcFixtures.gzip("<html><body><p>Zipped page</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(2000, read(whole).size());
    List<RawDocument> partial = read(cut);
    RawDocument last = partial.get(partial.size() - 1);
    assertEquals("truncated-gzip", last.issues().get(0).code(), last.toString());
    assertTrue(partial.size() > 100 && partial.size() < 2000, "lines before the cut: " + partial.size());
    assertTrue(partial.subList(0, partial.size() - 1).stream().allMatch(d -> d.issues().isEmpty()));
    RawDocument html = read(page).get(0);
    assertEquals(ContentType.HTML, html.type());
    assertTrue(html.content().contains("Zipped page"));
  }

  @Test
  void aDashReadsJsonLinesFromStandardInput() {
    byte[] in = "{\"id\":\"s1\",\"text\":\"From a pipe.\"}\n{oops\n".getBytes(StandardCharsets.UTF_8);
    InputReader piped = new InputReader(1000, new ByteArrayInputStream(in), new LocalPageFetcher(Duration.ofSeconds(1), 1000));
    List<RawDocument> docs = new ArrayList<>();
    piped.read(List.of(Path.of(InputReader.STDIN)), docs::add);
    assertEquals(List.of("s1", "stdin#2"), docs.stream().map(RawDocument::id).toList());
    assertEquals("From a pipe.", docs.get(0).content());
    assertEquals("bad-json", docs.get(1).issues().get(0).code());
  }

  @Test
  void aFiftyMegabytePageIsCutWithAReasonAndTheNextFileIsStillRead() throws IOException {
    Path big = dir.resolve("a-big.html");
    try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      out.write("<html><body>");
      String p = "<p>A long page of repeated paragraphs about the harbour and its boats.</p>\n";
      for (long n = 0; n < 50L * 1024 * 1024; n += p.length()) {
        out.write(p);
      }
      out.write("</body></html>");
    }
    write("b-small.txt", "A small page after the big one.".getBytes(StandardCharsets.UTF_8));
    List<RawDocument> docs = new ArrayList<>();
    new InputReader(16L * 1024 * 1024).read(List.of(dir), docs::add);
    assertEquals(16 * 1024 * 1024, docs.get(0).content().length());
    assertEquals("truncated", docs.get(0).issues().get(0).code());
    assertEquals("A small page after the big one.", docs.get(1).content());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
