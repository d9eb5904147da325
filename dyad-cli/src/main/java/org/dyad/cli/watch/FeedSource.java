package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Set;
import org.dyad.core.read.RomeFeedReader;
import org.dyad.model.RawDocument;

/**
 * An RSS or Atom feed on the web, fetched with a conditional GET. An item is new when its key (its guid,
 * else its link, else its title) was not listed at the last successful fetch, and edited when it was listed
 * with another fingerprint (a hash of its title, link, text and updated date); only new and edited items' linked
 * pages are fetched (an edited item's page again). The watch stores an edited item in place of its older version
 * ({@code Corpus.addReplacingEdits}). A feed that fails (an HTTP error, a redirect loop, a body over the cap,
 * garbage) is recorded and retried with back-off.
 */
public final class FeedSource implements Source {
  /** Between an item's key and its fingerprint in the remembered set. */
  private static final char SEP = '\t';
  private final URI uri;
  private final HttpFetcher http;
  private final RomeFeedReader items;

  public FeedSource(URI uri, HttpFetcher http, RomeFeedReader items) {
    this.uri = requireNonNull(uri, "uri is null");
    this.http = requireNonNull(http, "http is null");
    this.items = requireNonNull(items, "items is null");
  }

  @Override
  public String name() {
    return uri.toString();
  }

  @Override
  public Poll poll(int cycle, SourceMemory memory, Consumer<RawDocument> sink) {
    if (!memory.due(cycle)) {
      return Poll.waiting(memory);
    }
    Fetched f = http.get(uri, memory.validators());
    return switch (f.status()) {
      case NOT_MODIFIED -> new Poll(0, memory.unchanged(), null, false);
      case FAILED -> Poll.failed(cycle, memory, f.reason());
      case OK -> read(cycle, memory, f, sink);
    };
  }

  private Poll read(int cycle, SourceMemory memory, Fetched f, Consumer<RawDocument> sink) {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(f.body()))) {
      feed = new SyndFeedInput().build(xml);
    } catch (IOException | FeedException | IllegalArgumentException | IllegalStateException e) {
      return Poll.failed(cycle, memory, uri + " is not a readable RSS or Atom feed: " + firstLine(e));
    }
    LocalDate fetched = feed.getPublishedDate() == null ? null : feed.getPublishedDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    Map<String, String> known = new HashMap<>();
    for (String seen : memory.seen()) {
      int tab = seen.indexOf(SEP);
      known.put(tab < 0 ? seen : seen.substring(0, tab), tab < 0 ? "" : seen.substring(tab + 1));
    }
    Set<String> keys = new HashSet<>();
    Set<String> listed = new LinkedHashSet<>();
    int fresh = 0;
    for (SyndEntry e : feed.getEntries()) {
      String key = key(e);
      if (key == null || key.indexOf(SEP) >= 0 || !keys.add(key)) {
        continue;
      }
      String print = fingerprint(e);
      listed.add(key + SEP + print);
      String was = known.get(key);
      // a key remembered without a fingerprint (a state an older watch wrote) is not taken for an edit
      if (was == null || !was.isEmpty() && !was.equals(print)) {
        sink.accept(items.item(e, key, uri + " item " + key, fetched, null));
        fresh++;
      }
    }
    return new Poll(fresh, memory.listed(listed, f.validators()), null, false);
  }

  /** An item's identity: its guid (Atom id), else its link, else its title; null when it has none. */
  static String key(SyndEntry e) {
    for (String k : new String[] {e.getUri(), e.getLink(), e.getTitle()}) {
      if (k != null && !k.isBlank()) {
        return k.strip();
      }
    }
    return null;
  }

  /** What an edit of an item changes: a hash of its title, link, text and updated date. */
  static String fingerprint(SyndEntry e) {
    StringBuilder b = new StringBuilder();
    b.append(e.getTitle()).append('\n').append(e.getLink()).append('\n').append(e.getUpdatedDate() == null ? "" : e.getUpdatedDate().getTime()).append('\n');
    if (e.getDescription() != null) {
      b.append(e.getDescription().getValue());
    }
    for (SyndContent c : e.getContents()) {
      b.append('\n').append(c.getValue());
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 missing from the JDK", ex);
    }
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
