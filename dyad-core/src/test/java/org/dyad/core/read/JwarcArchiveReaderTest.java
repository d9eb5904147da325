package org.dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.core.testing.WarcFixtures;
import org.dyad.model.ContentType;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class JwarcArchiveReaderTest {
  @TempDir
  Path dir;

  private final SkipCounts skips = new SkipCounts();

  private List<RawDocument> read(Path file) {
    List<RawDocument> out = new ArrayList<>();
    new InputReader(1_000_000).read(List.of(file), out::add, skips);
    return out;
  }

  private static String summary(List<RawDocument> docs) {
    List<String> out = new ArrayList<>();
    for (RawDocument d : docs) {
      String issues = d.issues().stream().map(Issue::code).toList().toString();
      out.add(d.id() + " " + d.type() + " " + d.url() + " " + d.fetched() + " " + issues);
    }
    return String.join("\n", out);
  }

  @Test
  void responsesWithHtmlOrTextBecomeDocumentsAndTheRestIsCounted() {
    for (boolean gzip : new boolean[] {true, false}) {
      String name = gzip ? "crawl.warc.gz" : "crawl.warc";
      List<RawDocument> docs = read(WarcFixtures.write(dir.resolve(name), gzip));
      assertEquals(name + "#3 HTML " + WarcFixtures.HARBOUR_URL + " 2024-03-07 []\n"
          + name + "#5 TEXT " + WarcFixtures.COOPERATIVE_URL + " 2024-03-07 []", summary(docs));
      assertTrue(docs.get(0).content().contains("<p>VALLETTA, March 5"), "chunked gzip payload decoded");
      assertTrue(docs.get(1).content().startsWith("Farmers' cooperative signs"));
      assertEquals(name + ": skipped 1 × HTTP status 4xx, 1 × metadata record, 1 × payload image/png, 2 × request record, 1 × warcinfo record",
          skips.lines().get(gzip ? 0 : 1));
    }
  }

  @Test
  void aRecordWithGarbageInTheMiddleIsReportedAndTheRecordsAfterItAreRead() throws IOException {
    byte[] good = Files.readAllBytes(WarcFixtures.write(dir.resolve("good.warc.gz"), true));
    long[] starts = memberStarts(dir.resolve("good.warc.gz"));
    byte[] bad = good.clone();
    int middle = (int) (starts[2] + (starts[3] - starts[2]) / 2);
    Arrays.fill(bad, middle, middle + 40, (byte) 'x');
    Path file = Files.write(dir.resolve("bad.warc.gz"), bad);
    List<RawDocument> docs = read(file);
    assertEquals(2, docs.size(), summary(docs));
    assertEquals(List.of("broken-record"), docs.get(0).issues().stream().map(Issue::code).toList(), summary(docs));
    assertTrue(docs.get(0).issues().get(0).message().contains("reading went on at byte " + starts[3]), docs.get(0).issues().toString());
    assertEquals(WarcFixtures.COOPERATIVE_URL, docs.get(docs.size() - 1).url(), summary(docs));
    assertTrue(docs.get(docs.size() - 1).content().startsWith("Farmers' cooperative"));
  }

  @Test
  void garbageBetweenPlainRecordsIsSkippedToTheNextRecord() throws IOException {
    String good = Files.readString(WarcFixtures.write(dir.resolve("good.warc"), false), StandardCharsets.ISO_8859_1);
    int second = good.indexOf("WARC/1.", 10);
    String bad = good.substring(0, second) + "GARBAGE GARBAGE\r\nnot a header at all\r\n\r\n" + good.substring(second);
    Path file = Files.writeString(dir.resolve("bad.warc"), bad, StandardCharsets.ISO_8859_1);
    List<RawDocument> docs = read(file);
    assertEquals("broken-record", docs.get(0).issues().get(0).code(), summary(docs));
    assertEquals(List.of(WarcFixtures.HARBOUR_URL, WarcFixtures.COOPERATIVE_URL),
        docs.stream().skip(1).map(RawDocument::url).toList(), summary(docs));
  }

  @Test
  void aTruncatedArchiveKeepsTheRecordsBeforeTheCut() throws IOException {
    byte[] good = Files.readAllBytes(WarcFixtures.write(dir.resolve("good.warc.gz"), true));
    long[] starts = memberStarts(dir.resolve("good.warc.gz"));
    int cut = (int) (starts[4] + (starts[5] - starts[4]) / 2);
    Path file = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(good, cut));
    List<RawDocument> docs = read(file);
    assertEquals(WarcFixtures.HARBOUR_URL, docs.get(0).url(), summary(docs));
    assertTrue(docs.get(0).issues().isEmpty());
    RawDocument last = docs.get(docs.size() - 1);
    assertTrue(last.content().isEmpty());
    assertTrue(last.issues().stream().anyMatch(i -> i.code().equals("broken-record") || i.code().equals("truncated-gzip")), summary(docs));
  }

  @Test
  void aFileThatIsNotAWarcAtAllIsOneDocumentWithItsReason() throws IOException {
    Path file = Files.write(dir.resolve("empty.warc.gz"), new byte[] {0x1f});
    List<RawDocument> docs = read(file);
    assertEquals(1, docs.size());
    assertEquals(ContentType.TEXT, docs.get(0).type());
    assertTrue(List.of("bad-warc", "broken-record").contains(docs.get(0).issues().get(0).code()), summary(docs));
  }

  @Test
  void theFetchDateIsTheDayOfTheRecordInUtc() {
    RawDocument d = read(WarcFixtures.write(dir.resolve("a.warc.gz"), true)).get(0);
    assertEquals(LocalDate.of(2024, 3, 7), d.fetched());
    assertEquals(null, d.published());
  }

  private static long[] memberStarts(Path file) throws IOException {
    List<Long> out = new ArrayList<>();
    long p = 0;
    while ((p = RecordStarts.next(file, p, WarcCompression.GZIP)) >= 0) {
      out.add(p);
      p++;
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }
}
