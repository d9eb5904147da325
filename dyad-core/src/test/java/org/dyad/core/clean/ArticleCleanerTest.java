package org.dyad.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.clean.html.JsoupHtmlExtractor;
import org.dyad.model.CleanedArticle;
import org.dyad.model.ContentType;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
  private static final LanguageGuesser ENGLISH = text -> "en";
  private final ArticleCleaner cleaner = new ArticleCleaner(new JsoupHtmlExtractor(), ENGLISH, LocalDate.of(2021, 9, 10));

  private static final String BODY = String.join("\n\n",
      "MOSCOW, August 25. /TASS/. Russia is ready to step up humanitarian support for the people of Afghanistan, the Kremlin press secretary said on Wednesday.",
      "\u201CWe are watching the situation very closely,\u201D he told reporters.",
      "He did not elaborate.",
      "The talks in Doha are expected to resume next week, according to diplomats familiar with the plans.");

  private static CleanedArticle clean(ArticleCleaner c, String text) {
    return c.clean(new RawDocument("t", "test", null, null, null, text, ContentType.TEXT, List.of()));
  }

  @Test
  void dropsFurnitureKeepsEverySentenceAndTheHeadline() {
    String page = "Skip to main content\nLatest news\nAll news\n\nRussia ready to help Afghans, Kremlin says\n\nThumbnail\n\n"
        + BODY + "\n\nShare this post\nRead more\n\nTags: Afghanistan, Russia\n\u00A9 2021 TASS";
    CleanedArticle a = clean(cleaner, page);
    assertEquals(BODY, a.text());
    assertEquals("Russia ready to help Afghans, Kremlin says", a.title());
    assertEquals("MOSCOW", a.dateline().place());
    assertEquals("TASS", a.source());
    assertEquals(LocalDate.of(2021, 8, 25), a.published());
  }

  @Test
  void aBodyPrintedTwiceComesOutOnce() {
    String page = "Headline of the story here\n\n" + BODY + "\n\nLatest news\nMost read\n\n" + BODY + "\n\nShare this post";
    assertEquals(BODY, clean(cleaner, page).text());
  }

  @Test
  void nonBreakingSpacesAreNormalised() {
    CleanedArticle a = clean(cleaner, BODY.replace("Russia is ready", "Russia\u00A0is\u00A0ready"));
    assertTrue(a.text().contains("Russia is ready"));
  }

  @Test
  void aTimestampLineGivesThePublishDate() {
    String page = "Headline of the story here\n\nAP NEWS\nAugust 30, 2021\n\nISLAMABAD (AP) \u2014 Pakistan has no plans to recognise a new government on its own, the foreign minister said Monday.";
    CleanedArticle a = clean(new ArticleCleaner(new JsoupHtmlExtractor(), ENGLISH, null), page);
    assertEquals(LocalDate.of(2021, 8, 30), a.published());
    assertEquals("AP", a.source());
  }

  @Test
  void anEmptyPageSaysWhy() {
    CleanedArticle empty = clean(cleaner, "   \n\n ");
    assertEquals("", empty.text());
    assertEquals("empty", empty.issues().get(0).code());
  }

  @Test
  void aShortTextWithoutAFinalStopIsKeptWhole() {
    CleanedArticle a = clean(cleaner, "Rebels shell the northern port city");
    assertEquals("Rebels shell the northern port city", a.text());
    assertEquals(null, a.title());
    assertTrue(a.issues().isEmpty(), a.issues().toString());
  }

  @Test
  void aHeadlineAndAFlashAreBothKept() {
    String text = "Border crossing closed\n\nThe interior ministry shut the crossing on Friday";
    assertEquals("Border crossing closed\n\nThe interior ministry shut the crossing on Friday", clean(cleaner, text).text());
  }

  @Test
  void aGivenTitleOverAOneLineTextLeavesTheText() {
    RawDocument doc = new RawDocument("t", "test", null, "Envoy meets rebels", null, "Envoy meets rebels", ContentType.TEXT, List.of());
    CleanedArticle a = cleaner.clean(doc);
    assertEquals("Envoy meets rebels", a.text());
    assertEquals("Envoy meets rebels", a.title());
  }

  @Test
  void furnitureAroundABodyStillGoesButATextOfFurnitureAloneIsKept() {
    String page = "Skip to main content\nLatest news\n\n" + BODY + "\n\nShare this post";
    assertEquals(BODY, clean(cleaner, page).text());
    CleanedArticle onlyShortLines = clean(cleaner, "Latest news\nShare this post\n\u00A9 2021 Example News");
    assertEquals("Latest news\n\nShare this post", onlyShortLines.text());
  }

  @Test
  void nonEnglishIsKeptWithAnIssue() {
    ArticleCleaner french = new ArticleCleaner(new JsoupHtmlExtractor(), text -> "fr", null);
    CleanedArticle a = clean(french, "La Russie est prête à renforcer son aide humanitaire au peuple afghan, a déclaré mercredi le porte-parole du Kremlin.");
    assertFalse(a.text().isEmpty());
    assertEquals("not-english", a.issues().get(0).code());
  }

  @Test
  void htmlPagesGoThroughTheHtmlExtractor() {
    String html = "<html><head><title>Talks resume | Example News</title><meta property=\"og:site_name\" content=\"Example News\">"
        + "<meta property=\"article:published_time\" content=\"2021-08-26T10:15:00Z\"></head><body><nav>Home News Sport</nav>"
        + "<article><h1>Talks resume</h1><p>" + BODY.replace("\n\n", "</p><p>") + "</p></article><footer>Share this post</footer></body></html>";
    CleanedArticle a = cleaner.clean(new RawDocument("h", "test", "https://www.example.com/a", null, null, html, ContentType.HTML, List.of()));
    assertTrue(a.text().startsWith("MOSCOW, August 25."), a.text());
    assertFalse(a.text().contains("Share this post"));
    // The dateline's day is the story's, before the metadata's (a time in UTC may be the next day).
    assertEquals(LocalDate.of(2021, 8, 25), a.published());
  }

  @Test
  void aHeadlineEndingInAQuotedWordIsStillTheHeadline() {
    String page = "Beijing warns Taipei against seeking foreign help, citing \"collusion\"\n\nSeptember 6, 2021 7:32 AM UTC\n\n" + BODY;
    CleanedArticle a = clean(new ArticleCleaner(new JsoupHtmlExtractor(), ENGLISH, null), page);
    assertEquals("Beijing warns Taipei against seeking foreign help, citing \"collusion\"", a.title());
    assertEquals(BODY, a.text());
    assertEquals(LocalDate.of(2021, 8, 25), a.published()); // the dateline's day, in the time stamp's year
  }

  private static String fixture(String path) throws IOException {
    try (InputStream in = ArticleCleanerTest.class.getResourceAsStream("/fixtures/clean/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** "source|publisher|agency|published|dateline place|dateline day" of a cleaned article. */
  private static String provenance(CleanedArticle a) {
    return a.source() + "|" + a.publisher() + "|" + a.agency() + "|" + a.published() + "|"
        + (a.dateline() == null ? null : a.dateline().place() + "|" + a.dateline().date());
  }

  @Test
  void aTassPageWithItsDatelineAfterTheTitleAndALead() throws IOException {
    String page = fixture("text/tass-title-lead-dateline.txt");
    CleanedArticle alone = clean(new ArticleCleaner(new JsoupHtmlExtractor(), ENGLISH, null), page);
    assertEquals("TASS|null|TASS|null|MOSCOW|XXXX-08-25", provenance(alone));
    assertEquals("Kremlin not concerned about safety of Russian embassy in Kabul \u2014 Peskov", alone.title());
    assertTrue(alone.text().startsWith("According to the Kremlin spokesman"), alone.text());
    assertTrue(alone.text().contains("\n\nMOSCOW, August 25. /TASS/. Russia is not concerned"), alone.text());
    CleanedArticle dated = clean(new ArticleCleaner(new JsoupHtmlExtractor(), ENGLISH, LocalDate.of(2021, 8, 26)), page);
    assertEquals("TASS|null|TASS|2021-08-25|MOSCOW|2021-08-25", provenance(dated));
  }

  @Test
  void aWireStoryOnANewspaperPageBehindItsFurniture() throws IOException {
    String html = fixture("html/wire-after-furniture.html");
    CleanedArticle a = new ArticleCleaner(new JsoupHtmlExtractor(), ENGLISH, null)
        .clean(new RawDocument("h", "test", "https://www.riverside-ledger.example/world/floods", null, null, html, ContentType.HTML, List.of()));
    assertEquals("AP|The Riverside Ledger|AP|2019-11-03|HANOI|null", provenance(a));
    assertTrue(a.text().startsWith("HANOI, Vietnam (AP) \u2014 Floodwaters"), a.text());
    assertFalse(a.text().contains("Caption"), a.text());
  }

  @Test
  void furnitureRunIntoTheDatelineParagraphIsCut() {
    String page = "Storm closes ports along the coast\n\nUpdated 9:40 pm GMT Caption Close LISBON (Reuters) - " + BODY.substring(BODY.indexOf("Russia"));
    CleanedArticle a = clean(cleaner, page);
    assertEquals("Reuters", a.agency());
    assertEquals("LISBON", a.dateline().place());
    assertTrue(a.text().startsWith("LISBON (Reuters) - Russia is ready"), a.text());
  }

  @Test
  void aPaperOwnDatelineNamesNoAgencyAndTheCreditLineDoes() {
    String page = "Rail link opens\n\nKASHGAR \u2014 " + BODY.substring(BODY.indexOf("Russia")) + "\n\n\u2014 Xinhua";
    CleanedArticle a = clean(cleaner, page);
    assertEquals("Xinhua|null|Xinhua|2021-09-10|KASHGAR|null", provenance(a));
  }

  @Test
  void withoutAnAgencyTheSourceIsThePublisher() {
    String html = "<html><head><meta property=\"og:site_name\" content=\"Harbour Times\"></head><body><article><p>"
        + BODY.substring(BODY.indexOf("Russia")).replace("\n\n", "</p><p>") + "</p></article></body></html>";
    CleanedArticle a = cleaner.clean(new RawDocument("h", "test", "https://harbour.example/a", null, null, html, ContentType.HTML, List.of()));
    assertEquals("Harbour Times|Harbour Times|null|2021-09-10|null", provenance(a));
  }

  @Test
  void theLanguageIsGuessedFromTheBodyNotTheFurniture() {
    List<String> seen = new ArrayList<>();
    ArticleCleaner c = new ArticleCleaner(new JsoupHtmlExtractor(), text -> {
      seen.add(text);
      return "es";
    }, null);
    String html = "<html><body><article><p>Share this story</p><p>Read more</p>"
        + "<p>El gobierno anunci\u00f3 el martes un nuevo plan de ayuda para las familias afectadas por las inundaciones en el norte del pa\u00eds.</p>"
        + "<p>Sign up for our newsletter</p></article></body></html>";
    CleanedArticle a = c.clean(new RawDocument("h", "test", null, null, null, html, ContentType.HTML, List.of()));
    assertEquals(1, seen.size());
    assertFalse(seen.get(0).contains("Read more"), seen.get(0));
    assertTrue(seen.get(0).startsWith("El gobierno"), seen.get(0));
    assertEquals("not-english", a.issues().get(0).code());
    assertNull(a.agency());
  }
}
