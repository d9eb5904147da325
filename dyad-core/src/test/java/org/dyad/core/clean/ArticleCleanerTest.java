package org.dyad.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
    assertEquals(LocalDate.of(2021, 8, 26), a.published());
  }

  @Test
  void aHeadlineEndingInAQuotedWordIsStillTheHeadline() {
    String page = "Beijing warns Taipei against seeking foreign help, citing \"collusion\"\n\nSeptember 6, 2021 7:32 AM UTC\n\n" + BODY;
    CleanedArticle a = clean(new ArticleCleaner(new JsoupHtmlExtractor(), ENGLISH, null), page);
    assertEquals("Beijing warns Taipei against seeking foreign help, citing \"collusion\"", a.title());
    assertEquals(BODY, a.text());
    assertEquals(LocalDate.of(2021, 9, 6), a.published());
  }
}
