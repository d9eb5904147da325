package org.dyad.core.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.model.ContentType;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;

/**
 * Reads files and folders into {@link RawDocument}s: pages ({@code .txt}, {@code .html}), JSON lines,
 * WARC archives and RSS/Atom feeds, each optionally gzip-compressed; {@code -} is JSON lines on
 * standard input. The kind comes from the content first, then the name ({@link InputSniffer}).
 * Folders are walked recursively in name order. An input that cannot be read still becomes a
 * document, empty and carrying the reason, so that no input is lost silently.
 */
public final class InputReader {
  /** The input name that stands for standard input (JSON lines). */
  public static final String STDIN = "-";
  private final long maxBytes;
  private final InputStream stdin;
  private final JsonLinesReader jsonLines;
  private final JwarcArchiveReader warc;
  private final RomeFeedReader feeds;

  /** @param maxBytes pages larger than this are cut to it, with an issue */
  public InputReader(long maxBytes) {
    this(maxBytes, System.in, new LocalPageFetcher(Duration.ofSeconds(5), maxBytes));
  }

  /**
   * @param stdin what {@code -} reads
   * @param fetcher reads feed items' local linked pages
   */
  public InputReader(long maxBytes, InputStream stdin, LocalPageFetcher fetcher) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
    this.stdin = Objects.requireNonNull(stdin, "stdin is null");
    this.jsonLines = new JsonLinesReader(maxBytes);
    this.warc = new JwarcArchiveReader(maxBytes);
    this.feeds = new RomeFeedReader(maxBytes, Objects.requireNonNull(fetcher, "fetcher is null"));
  }

  /** True for the file names this reader takes from a folder. */
  public static boolean isSupported(Path file) {
    return InputSniffer.isSupported(file);
  }

  /** Reads every input (files, and folders walked recursively in name order) into the sink. */
  public void read(List<Path> inputs, Consumer<RawDocument> sink) {
    read(inputs, sink, ReadMonitor.NONE);
  }

  /** As {@link #read(List, Consumer)}, telling the monitor about each file and each skip. */
  public void read(List<Path> inputs, Consumer<RawDocument> sink, ReadMonitor monitor) {
    List<Named> files = expand(inputs, monitor);
    for (int i = 0; i < files.size(); i++) {
      Named f = files.get(i);
      monitor.fileStarted(f.path(), i + 1, files.size());
      if (f.path().toString().equals(STDIN)) {
        readStdin(sink);
      } else {
        readFile(f.path(), f.id(), sink, monitor);
      }
    }
  }

  private record Named(Path path, String id) {}

  private static List<Named> expand(List<Path> inputs, ReadMonitor monitor) {
    List<Named> out = new ArrayList<>();
    for (Path input : inputs) {
      Objects.requireNonNull(input, "input is null");
      if (Files.isDirectory(input)) {
        for (Path file : filesUnder(input)) {
          if (isSupported(file)) {
            out.add(new Named(file, input.relativize(file).toString()));
          } else {
            monitor.skipped(input.toString(), "file of unknown type");
          }
        }
      } else {
        Path name = input.getFileName();
        out.add(new Named(input, name == null ? input.toString() : name.toString()));
      }
    }
    return out;
  }

  private static List<Path> filesUnder(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Reads JSON lines from standard input. */
  private void readStdin(Consumer<RawDocument> sink) {
    BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    jsonLines.read(in, "stdin", "stdin", sink);
  }

  /** Reads one file; an unreadable file becomes an empty document with the reason. */
  public void readFile(Path file, String id, Consumer<RawDocument> sink) {
    readFile(file, id, sink, ReadMonitor.NONE);
  }

  private void readFile(Path file, String id, Consumer<RawDocument> sink, ReadMonitor monitor) {
    if (!Files.isRegularFile(file)) {
      sink.accept(Documents.failed(id, file.toString(), "missing", "no such file: " + file));
      return;
    }
    InputKind kind = InputSniffer.kindOf(file);
    switch (kind) {
      case WARC -> warc.read(file, id, sink, monitor);
      case JSON_LINES -> readJsonLines(file, id, sink);
      case FEED -> readFeed(file, id, sink);
      default -> readPage(file, id, sink);
    }
  }

  private void readJsonLines(Path file, String id, Consumer<RawDocument> sink) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
      jsonLines.read(in, id, file.toString(), sink);
    } catch (IOException e) {
      sink.accept(Documents.failed(id, file.toString(), "io-error", "cannot read " + file + ": " + Documents.reason(e)));
    }
  }

  private void readFeed(Path file, String id, Consumer<RawDocument> sink) {
    List<Issue> issues = new ArrayList<>();
    try (InputStream in = open(file)) {
      byte[] bytes = CappedBytes.read(in, maxBytes, issues);
      if (!issues.isEmpty()) {
        sink.accept(Documents.failed(id, file.toString(), "bad-feed", "the feed cannot be read whole: " + issues.get(0).message()));
        return;
      }
      feeds.read(file, bytes, id, sink);
    } catch (IOException e) {
      sink.accept(Documents.failed(id, file.toString(), "io-error", "cannot read " + file + ": " + Documents.reason(e)));
    }
  }

  private void readPage(Path file, String id, Consumer<RawDocument> sink) {
    List<Issue> issues = new ArrayList<>();
    byte[] bytes;
    try (InputStream in = open(file)) {
      bytes = CappedBytes.read(in, maxBytes, issues);
    } catch (IOException e) {
      sink.accept(Documents.failed(id, file.toString(), "io-error", "cannot read " + file + ": " + Documents.reason(e)));
      return;
    }
    Decoder.Decoded text = Decoder.decode(bytes);
    issues.addAll(text.issues());
    sink.accept(new RawDocument(id, file.toString(), null, null, null, text.text(), typeOf(file, text.text()), issues));
  }

  /** The file's bytes, gunzipped when its name ends in {@code .gz} ({@link InflationGuard} stops bombs). */
  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return InputSniffer.gzipped(file) ? InflationGuard.gunzip(in) : in;
  }

  private static ContentType typeOf(Path file, String text) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return ContentType.HTML;
    }
    return looksLikeHtml(text) ? ContentType.HTML : ContentType.TEXT;
  }

  /** A text that starts with a doctype or an html tag is HTML whatever its name says. */
  public static boolean looksLikeHtml(String text) {
    String head = text.stripLeading();
    head = head.substring(0, Math.min(head.length(), 64)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }
}
