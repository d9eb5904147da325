package org.dyad.core.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.dyad.model.ContentType;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;

/**
 * Reads RSS 2.0, RSS 1.0 and Atom feeds with Rome. Each item becomes a document with its title,
 * link and date, and as body its linked page when that page is local ({@link LocalPageFetcher}),
 * else its content, else its description. The feed's own date is the fetch date of its items. A
 * file that is not a feed becomes one document with the reason.
 */
public final class RomeFeedReader {
  private static final Pattern TAG = Pattern.compile("<[A-Za-z][^<>]{0,200}>");
  private final long maxBytes;
  private final PageFetcher fetcher;

  /**
   * @param maxBytes an item's own text longer than this is cut, with an issue
   * @param fetcher reads the items' linked pages
   */
  public RomeFeedReader(long maxBytes, PageFetcher fetcher) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher is null");
  }

  void read(Path file, byte[] bytes, String name, Consumer<RawDocument> sink) {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes))) {
      feed = new SyndFeedInput().build(xml);
    } catch (IOException | FeedException | IllegalArgumentException | IllegalStateException e) {
      sink.accept(Documents.failed(name, file.toString(), "bad-feed", "the file is not a readable RSS or Atom feed: " + Documents.reason(e)));
      return;
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      sink.accept(Documents.failed(name, file.toString(), "empty-feed", "the feed has no items"));
      return;
    }
    LocalDate feedDate = Documents.day(feed.getPublishedDate());
    Path base = file.toAbsolutePath().getParent();
    for (int i = 0; i < entries.size(); i++) {
      sink.accept(item(entries.get(i), name + "#" + (i + 1), file + ":item " + (i + 1), feedDate, base));
    }
  }

  /**
   * One feed item as a document: its linked page when the fetcher reads it, else its content or description.
   *
   * @param feedDate the feed's own date, the item's fetch date (may be null)
   * @param base the folder relative links are resolved against (may be null)
   */
  public RawDocument item(SyndEntry e, String id, String origin, LocalDate feedDate, Path base) {
    List<Issue> issues = new ArrayList<>();
    LocalDate published = Documents.day(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
    String link = e.getLink() == null ? null : e.getLink().strip();
    String title = e.getTitle() == null ? null : e.getTitle().strip();
    Optional<LocalPageFetcher.Page> page = fetcher.fetch(link, base);
    if (page.isPresent()) {
      issues.addAll(page.get().issues());
      if (page.get().bytes().length > 0) {
        Decoder.Decoded text = Decoder.decode(page.get().bytes(), page.get().charset());
        issues.addAll(text.issues());
        ContentType type = "text/html".equals(page.get().mediaType()) || InputReader.looksLikeHtml(text.text())
            ? ContentType.HTML : ContentType.TEXT;
        return new RawDocument(id, origin, link, title, published, feedDate, text.text(), type, issues);
      }
    }
    SyndContent body = body(e);
    String content = body == null || body.getValue() == null ? "" : body.getValue();
    if (content.isBlank()) {
      issues.add(Documents.issue("no-body", "the feed item has neither content nor description"));
    }
    if (content.length() > maxBytes) {
      issues.add(Documents.issue("truncated", "the item has " + content.length() + " characters; only the first " + maxBytes + " were kept"));
      content = content.substring(0, (int) maxBytes);
    }
    return new RawDocument(id, origin, link, title, published, feedDate, content, typeOf(body, content), issues);
  }

  /** The item's full content when it has one, else its description. */
  private static SyndContent body(SyndEntry e) {
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        return c;
      }
    }
    return e.getDescription();
  }

  /** Feeds mark content "html", "xhtml", "text" or a media type; unmarked content with tags is HTML. */
  private static ContentType typeOf(SyndContent c, String value) {
    String t = c == null || c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    if (t.contains("html")) {
      return ContentType.HTML;
    }
    if (t.equals("text") || t.equals("text/plain")) {
      return ContentType.TEXT;
    }
    return TAG.matcher(value).find() ? ContentType.HTML : ContentType.TEXT;
  }
}
