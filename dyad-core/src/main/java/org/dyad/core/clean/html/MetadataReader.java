package org.dyad.core.clean.html;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.clean.UrlHosts;
import org.dyad.core.clean.Whitespace;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads title, source, publish date and author from JSON-LD, meta tags, markup and the URL. */
final class MetadataReader {
  private static final List<String> DATE_META = List.of("meta[property=article:published_time]",
      "meta[property=og:published_time]", "meta[property=og:article:published_time]",
      "meta[itemprop~=(^|\\s)datePublished(\\s|$)]", "meta[property=article:published]",
      "meta[name=article:published_time]", "meta[name=date]",
      "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=DC.date]",
      "meta[name=DC.date.issued]", "meta[name=dcterms.date]", "meta[name=sailthru.date]",
      "meta[name=parsely-pub-date]");
  private static final String OWN_DATE = "(?:post|pub|publish|published|publication)[-_.]?date";
  private static final String OWN_DATE_TAGS = "meta[name~=(?i)^(?:[a-z]+[-_.:])?" + OWN_DATE + "$][content], "
      + "[class~=(?i)(?:^|\\s)" + OWN_DATE + "(?:\\s|$)][value]";
  private final JsonLdReader jsonLd = new JsonLdReader();
  private final DateParser dates = new DateParser();
  private final AuthorCleaner authors = new AuthorCleaner();
  private final TitleCleaner titles = new TitleCleaner();

  PageMetadata read(Document doc, String url) {
    JsonLdFacts facts = jsonLd.read(doc);
    String siteName = meta(doc, "meta[property=og:site_name]");
    if (siteName != null && siteName.startsWith("http")) {
      siteName = UrlHosts.host(siteName);
    }
    String source = Whitespace.firstNonBlank(siteName, facts.publisher(), UrlHosts.host(url));
    return new PageMetadata(title(doc, facts, source), source, published(doc, facts, url), author(doc, facts));
  }

  private String title(Document doc, JsonLdFacts facts, String source) {
    String og = meta(doc, "meta[property=og:title]");
    if (og != null) {
      return titles.clean(og, source, false);
    }
    Element h1 = doc.selectFirst("article h1, [itemprop=headline], h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().trim();
    }
    if (facts.headline() != null) {
      return facts.headline();
    }
    return doc.title().isBlank() ? null : titles.clean(doc.title(), source, true);
  }

  private LocalDate published(Document doc, JsonLdFacts facts, String url) {
    LocalDate date = dates.parse(facts.datePublished());
    for (int i = 0; date == null && i < DATE_META.size(); i++) {
      date = dates.parse(meta(doc, DATE_META.get(i)));
    }
    if (date == null) {
      Element tagged = doc.selectFirst("[itemprop=datePublished][datetime], [itemprop=datePublished][content]");
      date = tagged == null ? null : dates.parse(Whitespace.firstNonBlank(tagged.attr("datetime"), tagged.attr("content")));
    }
    if (date == null) {
      // A site's own name for the same tag ("sn-post-date", a hidden field of class "published_date").
      Element own = doc.selectFirst(OWN_DATE_TAGS);
      date = own == null ? null : dates.parse(Whitespace.firstNonBlank(own.attr("content"), own.attr("value")));
    }
    if (date == null) {
      Element time = doc.selectFirst("article time[datetime], time[datetime]");
      date = time == null ? null : dates.parse(time.attr("datetime"));
    }
    if (date == null && url == null) {
      // A saved page read from a file has no address of its own, but often names it: og:url, canonical.
      url = Whitespace.firstNonBlank(meta(doc, "meta[property=og:url]"), linkCanonical(doc));
    }
    return date != null ? date : dates.fromUrl(url);
  }

  private static String linkCanonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    return link == null ? null : link.attr("href");
  }

  private String author(Document doc, JsonLdFacts facts) {
    String name = authors.clean(facts.authors());
    if (name == null) {
      name = authors.clean(meta(doc, "meta[name=author]"));
    }
    if (name == null) {
      name = authors.clean(meta(doc, "meta[property=article:author]"));
    }
    if (name == null) {
      Element rel = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
      name = rel == null ? null : authors.clean(rel.text());
    }
    return name;
  }

  private static String meta(Document doc, String query) {
    Element e = doc.selectFirst(query);
    if (e == null) {
      return null;
    }
    String content = e.attr("content").trim();
    return content.isEmpty() ? null : content;
  }

}
