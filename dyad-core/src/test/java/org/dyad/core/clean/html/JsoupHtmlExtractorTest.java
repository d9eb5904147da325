package org.dyad.core.clean.html;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.clean.Page;
import org.dyad.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsoupHtmlExtractorTest {
  private final JsoupHtmlExtractor extractor = new JsoupHtmlExtractor();

  private static String fixture(String name) throws IOException {
    try (InputStream in = JsoupHtmlExtractorTest.class.getResourceAsStream("/fixtures/clean/html/" + name)) {
      if (in == null) {
        throw new IOException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void newsPageKeepsTheStoryAndDropsFurniture() throws IOException {
    Page page = extractor.extract(fixture("news.html"), "https://www.courier.example/2021/03/04/ferry");

    assertEquals(List.of(
        "The harbour council voted on Tuesday to open a second ferry route between the east pier and the island"
            + " village, ending a decade of debate about the crossing.",
        "Councillors approved the plan by seven votes to two after a three-hour meeting in which residents,"
            + " fishermen and shop owners spoke for and against it.",
        "What changes for passengers",
        "Boats will run every forty minutes in summer and every hour in winter, and a return ticket will cost the"
            + " same as on the existing route, the council said.",
        "The first crossing leaves the east pier at half past six.",
        "Bicycles travel free of charge outside the morning rush.",
        "\"This is the most important decision for the island in a generation,\" said the council leader, who has"
            + " backed the plan since it was first proposed two years ago."), page.paragraphs());
    assertEquals("Harbour council approves new ferry route", page.title());
    assertEquals("The Lakeside Courier", page.source());
    assertEquals(LocalDate.of(2021, 3, 4), page.published());
    assertEquals("Mara Quill", page.author());
    assertTrue(page.issues().isEmpty());
  }

  @Test
  void blogPageKeepsHeadingsAndDropsSidebar() throws IOException {
    Page page = extractor.extract(fixture("blog.html"), "https://pepper.example/2020/06/12/balcony-tomatoes/");

    assertEquals(7, page.paragraphs().size(), page.paragraphs().toString());
    assertTrue(page.paragraphs().get(0).startsWith("Last spring I tried growing tomatoes"));
    assertEquals("Pick a compact variety", page.paragraphs().get(2));
    assertEquals("Happy growing!", page.paragraphs().get(6));
    assertFalse(String.join(" ", page.paragraphs()).contains("Archives"));
    assertFalse(String.join(" ", page.paragraphs()).contains("Share this"));
    assertEquals("Growing tomatoes on a balcony", page.title());
    assertEquals("pepper.example", page.source());
    assertEquals(LocalDate.of(2020, 6, 12), page.published());
    assertEquals("Ana Field", page.author());
  }

  @Test
  void jsonLdGivesTheMetadata() throws IOException {
    Page page = extractor.extract(fixture("jsonld.html"), "https://northern.example/news/rail-strike");

    assertEquals("Rail strike called off after late-night talks", page.title());
    assertEquals("Northern Daily", page.source());
    assertEquals(LocalDate.of(2022, 11, 8), page.published());
    assertEquals("Olu Barrow, Ines Kovac", page.author());
    assertEquals(2, page.paragraphs().size(), page.paragraphs().toString());
    assertTrue(page.paragraphs().get(1).startsWith("The agreement includes a pay rise"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<meta property=\"article:published\" itemprop=\"datePublished dateCreated\" content=\"2019-05-02T17:56:27.000Z\">",
    "<meta property=\"og:url\" content=\"https://paper.example/2019/05/02/business/harbour-dues.html\">",
    "<link rel=\"canonical\" href=\"https://paper.example/2019/05/02/business/harbour-dues.html\">",
    "<meta name=\"xy-post-date\" content=\"2019/05/02\">",
    "<meta name=\"publication_date\" content=\"2019-05-02\">",
    "</head><body><input class=\"published_date\" type=\"hidden\" value=\"2019-05-02 02:24:47\"><head>",
  })
  void aSavedPageTakesItsDateFromItsOwnTags(String tag) {
    String html = "<html><head><title>Harbour dues rise</title>" + tag + "</head><body><article>"
        + "<p>The port raised its dues for cargo ships by a tenth on Thursday, the second rise this year.</p>"
        + "<p>Shipping lines said they would pass the cost on to importers within weeks.</p></article></body></html>";
    assertEquals(LocalDate.of(2019, 5, 2), extractor.extract(html, null).published());
  }

  @Test
  void malformedHtmlStillYieldsItsParagraphs() throws IOException {
    Page page = extractor.extract(fixture("malformed.html"), null);

    assertEquals(3, page.paragraphs().size(), page.paragraphs().toString());
    assertTrue(page.paragraphs().get(2).startsWith("A third paragraph sits after the stray tags with bold text"));
    assertNull(page.source());
  }

  @Test
  void furnitureOnlyPageHasNoTextAndSaysSo() throws IOException {
    Page page = extractor.extract(fixture("furniture-only.html"), "https://example.org/missing");

    assertEquals(List.of(), page.paragraphs());
    assertEquals(List.of("no-main-text"), page.issues().stream().map(Issue::code).toList());
    assertEquals("clean", page.issues().get(0).stage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "<html></html>", "<", "<!-- only a comment -->", "</p></div>", "\u0000\uFFFF"})
  void emptyOrBrokenInputNeverThrows(String html) {
    Page page = assertDoesNotThrow(() -> extractor.extract(html, "not a url"));
    assertEquals(List.of(), page.paragraphs());
    assertEquals("no-main-text", page.issues().get(0).code());
  }

  @Test
  void deeplyNestedPageDoesNotOverflowTheStack() {
    int depth = 10_000;
    String text = "A sentence of real prose that sits at the very bottom of a very deep tree of divisions, far down.";
    String html = "<html><body>" + "<div>".repeat(depth) + "<p>" + text + "</p>" + "</div>".repeat(depth)
        + "</body></html>";

    Page page = assertDoesNotThrow(() -> extractor.extract(html, null));

    assertEquals(List.of(text), page.paragraphs());
  }

  @Test
  void deepPageWithTextAtEveryLevelDoesNotOverflowTheStack() {
    String level = "<div class=\"share\">Some words, and a few more, at this level of the tree. ";
    String html = "<html><body>" + level.repeat(10_000) + "</body></html>";

    Page page = assertDoesNotThrow(() -> extractor.extract(html, null));

    assertTrue(page.paragraphs().stream().noneMatch(String::isBlank));
  }

  @Test
  void paragraphsAreTrimmedAndNonEmpty() throws IOException {
    for (String name : List.of("news.html", "blog.html", "jsonld.html", "malformed.html")) {
      for (String p : extractor.extract(fixture(name), null).paragraphs()) {
        assertFalse(p.isBlank(), name);
        assertEquals(p.strip(), p, name);
      }
    }
  }

  @Test
  void nullHtmlIsAProgrammerError() {
    assertThrows(NullPointerException.class, () -> extractor.extract(null, null));
  }
}
