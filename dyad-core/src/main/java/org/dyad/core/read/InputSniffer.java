package org.dyad.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Tells the kind of a file by its first bytes (a WARC header, a feed's root element, gzip around
 * either) and, when the content does not say, by its name. Content wins over the name: a
 * {@code .xml} that is a feed is a feed, a {@code .txt} that is a WARC is a WARC.
 */
public final class InputSniffer {
  private static final int HEAD = 4096;
  private static final Set<String> PAGES = Set.of("txt", "text", "html", "htm", "xhtml");
  private static final Set<String> FEEDS = Set.of("rss", "atom", "xml");
  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w:.-]*)");
  private static final Pattern PROLOGUE = Pattern.compile("<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private InputSniffer() {}

  /** True for the file names Dyad takes from a folder (any of its kinds, optionally {@code .gz}). */
  public static boolean isSupported(Path file) {
    return byName(file) != InputKind.UNSUPPORTED;
  }

  /** True when the name ends in {@code .gz}. */
  static boolean gzipped(Path file) {
    return name(file).endsWith(".gz");
  }

  /** The kind by the file's content when it tells, else by its name. */
  public static InputKind kindOf(Path file) {
    byte[] head = head(file);
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("WARC/")) {
      return InputKind.WARC;
    }
    if (isFeedRoot(rootElement(text))) {
      return InputKind.FEED;
    }
    return byName(file);
  }

  static InputKind byName(Path file) {
    String n = name(file);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    String ext = n.substring(n.lastIndexOf('.') + 1);
    if (PAGES.contains(ext)) {
      return InputKind.PAGE;
    }
    if (FEEDS.contains(ext)) {
      return InputKind.FEED;
    }
    return switch (ext) {
      case "jsonl", "ndjson" -> InputKind.JSON_LINES;
      case "warc" -> InputKind.WARC;
      default -> InputKind.UNSUPPORTED;
    };
  }

  /** The name of the document's first element, or empty when there is none in the head. */
  static String rootElement(String head) {
    String s = head.startsWith("\uFEFF") ? head.substring(1) : head;
    Matcher m = ROOT.matcher(PROLOGUE.matcher(s).replaceAll(""));
    return m.find() ? m.group(1) : "";
  }

  private static boolean isFeedRoot(String root) {
    String r = root.toLowerCase(Locale.ROOT);
    return r.equals("rss") || r.equals("feed") || r.endsWith(":feed") || r.equals("rdf:rdf");
  }

  /** The first bytes, decompressed when they are gzip; empty when unreadable (the reader says why). */
  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] raw = in.readNBytes(HEAD);
      if (raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
        return gunzippedHead(file);
      }
      return raw;
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static byte[] gunzippedHead(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readNBytes(HEAD);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static String name(Path file) {
    Path n = file.getFileName();
    return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
  }
}
