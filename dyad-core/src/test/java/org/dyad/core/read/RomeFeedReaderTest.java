package org.dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RomeFeedReaderTest {
  @TempDir
  Path dir;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(RomeFeedReaderTest.class.getResource("/feeds/" + name).toURI());
  }

  private static List<RawDocument> read(Path file) {
    List<RawDocument> out = new ArrayList<>();
    new InputReader(1_000_000).read(List.of(file), out::add);
    return out;
  }

  private static String line(RawDocument d) {
    return d.id() + " " + d.type() + " " + d.published() + "/" + d.fetched() + " " + d.title() + " <" + d.url() + "> "
        + d.issues().stream().map(Issue::code).toList();
  }

  @Test
  void rssItemsBecomeDocumentsFromContentDescriptionOrTheLocalLinkedPage() throws Exception {
    List<RawDocument> docs = read(fixture("rss.xml"));
    assertEquals(List.of(
        "rss.xml#1 HTML 2024-03-07/2024-03-08 Ministers agree on fishing quotas for the spring <https://coastal-ledger.example.com/world/fishing-quotas> []",
        "rss.xml#2 HTML 2024-03-06/2024-03-08 Rail link between the two ports to open in May <https://coastal-ledger.example.com/world/rail-link> []",
        "rss.xml#3 HTML 2024-03-05/2024-03-08 Lighthouse keepers return to the outer islands <pages/lighthouse.html> []"),
        docs.stream().map(RomeFeedReaderTest::line).toList());
    assertTrue(docs.get(0).content().startsWith("<p>Fisheries ministers"), docs.get(0).content());
    assertTrue(docs.get(1).content().contains("The new rail link"), "content:encoded wins over the description");
    assertTrue(docs.get(2).content().contains("twenty years after the last of them was automated"), "the local page replaces the description");
  }

  @Test
  void atomEntriesTakeTheirContentOrSummary() throws Exception {
    List<RawDocument> docs = read(fixture("atom.xml"));
    assertEquals(List.of(
        "atom.xml#1 HTML 2024-03-08/2024-03-09 Storm damage to the sea wall will cost millions <https://harbour-gazette.example.org/sea-wall> []",
        "atom.xml#2 TEXT 2024-03-07/2024-03-09 Ferry operator adds a night crossing <https://harbour-gazette.example.org/night-ferry> []"),
        docs.stream().map(RomeFeedReaderTest::line).toList());
    assertTrue(docs.get(1).content().startsWith("The ferry operator will add a night crossing"));
  }

  @Test
  void aFeedThatIsNotXmlIsOneDocumentWithAClearReason() throws Exception {
    List<RawDocument> docs = read(fixture("not-xml.rss"));
    assertEquals(1, docs.size());
    Issue i = docs.get(0).issues().get(0);
    assertEquals("bad-feed", i.code());
    assertTrue(i.message().startsWith("the file is not a readable RSS or Atom feed"), i.message());
  }

  @Test
  void aMissingLocalPageFallsBackToTheItemText() throws IOException {
    String feed = "<rss version=\"2.0\"><channel><title>t</title><item><title>Gone</title><link>http://localhost:1/gone</link>"
        + "<description>The item text stays when the page cannot be had.</description></item></channel></rss>";
    Path file = Files.writeString(dir.resolve("f.rss"), feed);
    RawDocument d = read(file).get(0);
    assertEquals("The item text stays when the page cannot be had.", d.content());
    assertEquals("link-unreadable", d.issues().get(0).code());
  }

  @Test
  void aFeedWithNoItemsSaysSo() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.atom"), "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>");
    assertEquals("empty-feed", read(file).get(0).issues().get(0).code());
  }
}
