package org.dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.clean.ArticleCleaner;
import org.dyad.core.clean.html.JsoupHtmlExtractor;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.pipeline.Stages;
import org.dyad.core.testing.ResourceTrees;
import org.dyad.core.testing.WarcFixtures;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of every input kind, read and cleaned end to end (no models: the clean stage only). */
class MixedInputsTest {
  @TempDir
  Path dir;

  private List<AnalyzedArticle> analyze(Path input) {
    Pipeline p = new Pipeline(PipelineConfig.DEFAULT.withStages(Stages.CLEAN),
        new ArticleCleaner(new JsoupHtmlExtractor(), text -> "en", null),
        () -> {
          throw new AssertionError("a clean-only run needs no annotator");
        },
        (a, ann) -> List.of(), (a, ann) -> List.of(), (a, ann, e, d) -> List.of(), (a, ann, e, d, q) -> List.of());
    List<AnalyzedArticle> out = new ArrayList<>();
    new InputReader(1_000_000).read(List.of(input), doc -> out.add(p.process(doc)));
    return out;
  }

  private static String line(AnalyzedArticle a) {
    return a.id() + " | " + a.title() + " | " + a.published() + " | " + a.issues().stream().map(Issue::code).toList()
        + (a.duplicateOf() == null ? "" : " | copy of " + a.duplicateOf());
  }

  @Test
  void htmlTextJsonLinesWarcAndFeedsInOneFolder() throws IOException {
    ResourceTrees.copy("/mixed", dir);
    ResourceTrees.copy("/feeds", dir.resolve("feeds"));
    Files.delete(dir.resolve("feeds/not-xml.rss"));
    WarcFixtures.write(dir.resolve("crawl.warc.gz"), true);
    List<AnalyzedArticle> articles = analyze(dir);
    assertEquals(List.of(
        "a-market.html | Fish market moves to the new quay | 2024-02-20 | []",
        "b-notes.txt | Bridge repairs close the coast road for a month | null | []",
        "lines-1 | School opens a sailing club | 2024-02-22 | []",
        "lines-2 | Museum restores a whaling boat | 2024-02-23 | []",
        "crawl.warc.gz#3 | Harbour reopens after storm | 2024-03-05 | []",
        "crawl.warc.gz#5 | Farmers' cooperative signs water-sharing deal | 2024-03-06 | []",
        "d-feed.xml#1 | Harbour pilots vote to accept a new contract | 2024-02-24 | []",
        "feeds/atom.xml#1 | Storm damage to the sea wall will cost millions | 2024-03-08 | []",
        "feeds/atom.xml#2 | Ferry operator adds a night crossing | 2024-03-07 | []",
        "feeds/pages/lighthouse.html | Lighthouse keepers return to the outer islands | null | []",
        "feeds/rss.xml#1 | Ministers agree on fishing quotas for the spring | 2024-03-07 | []",
        "feeds/rss.xml#2 | Rail link between the two ports to open in May | 2024-03-06 | []",
        "feeds/rss.xml#3 | Lighthouse keepers return to the outer islands | 2024-03-05 | [] | copy of feeds/pages/lighthouse.html",
        "sub/e-ferry.htm | Ferry fares to rise in the summer | null | []"),
        articles.stream().map(MixedInputsTest::line).toList());
    for (AnalyzedArticle a : articles) {
      assertFalse(a.text().isBlank(), a.id());
      assertFalse(a.text().contains("Share this"), a.id());
      assertFalse(a.text().contains("Skip to main content"), a.id());
    }
    AnalyzedArticle harbour = articles.get(4);
    assertEquals(WarcFixtures.HARBOUR_URL, harbour.url());
    assertEquals("VALLETTA", harbour.dateline().place());
    assertTrue(harbour.text().startsWith("VALLETTA, March 5 (Coastal Ledger) - The port authority"), harbour.text());
    assertTrue(articles.get(12).text().contains("twenty years after the last of them was automated"));
  }

  @Test
  void theFetchDateGivesTheYearOfADatelineWithoutOne() {
    AnalyzedArticle a = analyze(WarcFixtures.write(dir.resolve("a.warc"), false)).get(1);
    assertEquals(LocalDate.of(2024, 3, 6), a.published());
    assertEquals("NICOSIA", a.dateline().place());
  }
}
