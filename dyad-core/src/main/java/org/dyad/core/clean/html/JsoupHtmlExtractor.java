package org.dyad.core.clean.html;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.clean.Page;
import org.dyad.model.Issue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main article text of a news or blog page with jsoup: strips furniture, scores the
 * remaining blocks to pick the container of the article, then keeps the container's prose blocks.
 * Metadata comes from JSON-LD, meta tags and the URL. Never throws on bad content, and walks the
 * tree without recursion, so deep pages are safe.
 */
public final class JsoupHtmlExtractor implements HtmlExtractor {
  private final TextBlockReader blockReader = new TextBlockReader();
  private final FurnitureStripper stripper = new FurnitureStripper();
  private final ContentScorer scorer = new ContentScorer();
  private final BlockFilter filter = new BlockFilter();
  private final MetadataReader metadataReader = new MetadataReader();

  @Override
  public Page extract(String html, String url) {
    requireNonNull(html, "html is null");
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    PageMetadata meta = metadataReader.read(doc, url);
    stripper.strip(doc);
    List<String> paragraphs = paragraphs(doc, meta.title());
    List<Issue> issues = new ArrayList<>();
    if (paragraphs.isEmpty()) {
      issues.add(new Issue("clean", "no-main-text", "found no block of article text on the page"));
    }
    return new Page(meta.title(), meta.source(), meta.published(), meta.author(), paragraphs, issues);
  }

  private List<String> paragraphs(Document doc, String title) {
    Element body = doc.body();
    List<TextBlock> blocks = new ArrayList<>();
    for (Element part : scorer.articleParts(body, blockReader.read(body))) {
      blocks.addAll(blockReader.read(part));
    }
    List<TextBlock> kept = filter.keep(blocks);
    List<String> paragraphs = new ArrayList<>();
    for (TextBlock block : kept) {
      if (paragraphs.isEmpty() && title != null && sameText(block.text(), title)) {
        continue;
      }
      paragraphs.add(block.text());
    }
    return paragraphs;
  }

  private static boolean sameText(String a, String b) {
    return normal(a).equals(normal(b));
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
