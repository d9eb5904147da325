package org.dyad.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * Reads files and folders into {@link RawDocument}s: {@code .txt}, {@code .html}/{@code .htm} and
 * {@code .jsonl}. A page that cannot be read still becomes a document, empty and carrying the reason,
 * so that no input is lost silently.
 */
public final class InputReader {
  private static final String STAGE = "read";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final long maxBytes;

  /** @param maxBytes pages larger than this are cut to it, with an issue */
  public InputReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
  }

  /** True for the file names this reader takes. */
  public static boolean isSupported(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl");
  }

  /** Reads every input (files, and folders walked recursively in name order) into the sink. */
  public void read(List<Path> inputs, Consumer<RawDocument> sink) {
    for (Path input : inputs) {
      Objects.requireNonNull(input, "input is null");
      if (Files.isDirectory(input)) {
        for (Path file : filesUnder(input)) {
          readFile(file, input.relativize(file).toString(), sink);
        }
      } else {
        readFile(input, input.getFileName().toString(), sink);
      }
    }
  }

  private static List<Path> filesUnder(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(InputReader::isSupported).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Reads one file; an unreadable file becomes an empty document with the reason. */
  public void readFile(Path file, String id, Consumer<RawDocument> sink) {
    String origin = file.toString();
    if (!Files.isRegularFile(file)) {
      sink.accept(failed(id, origin, "missing", "no such file: " + file));
      return;
    }
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      readJsonLines(file, sink);
      return;
    }
    List<Issue> issues = new ArrayList<>();
    byte[] bytes;
    try {
      bytes = readCapped(file, issues);
    } catch (IOException e) {
      sink.accept(failed(id, origin, "io-error", "cannot read " + file + ": " + e.getMessage()));
      return;
    }
    Decoder.Decoded text = Decoder.decode(bytes);
    issues.addAll(text.issues());
    sink.accept(new RawDocument(id, origin, null, null, null, text.text(), typeOf(file, text.text()), issues));
  }

  private byte[] readCapped(Path file, List<Issue> issues) throws IOException {
    long size = Files.size(file);
    if (size <= maxBytes) {
      return Files.readAllBytes(file);
    }
    issues.add(new Issue(STAGE, "truncated", "the input has " + size + " bytes; only the first " + maxBytes + " were read"));
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes((int) maxBytes);
    }
  }

  private static ContentType typeOf(Path file, String text) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm")) {
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

  private void readJsonLines(Path file, Consumer<RawDocument> sink) {
    String name = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          sink.accept(fromJson(line, name + "#" + n, file + ":" + n));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      sink.accept(failed(name, file.toString(), "io-error", "cannot read " + file + ": " + e.getMessage()));
    }
  }

  /** One JSON object: {@code id}, {@code text} or {@code html}, optional {@code title}, {@code url}, {@code published}. */
  public RawDocument fromJson(String line, String fallbackId, String origin) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      return failed(fallbackId, origin, "bad-json", "the line is not JSON: " + firstLine(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      return failed(fallbackId, origin, "bad-json", "the line is not a JSON object");
    }
    String id = text(node, "id");
    List<Issue> issues = new ArrayList<>();
    String body = text(node, "html");
    ContentType type = ContentType.HTML;
    if (body == null) {
      body = text(node, "text");
      type = ContentType.TEXT;
    }
    if (body == null) {
      issues.add(new Issue(STAGE, "no-body", "the object has neither \"text\" nor \"html\""));
      body = "";
    }
    if (body.length() > maxBytes) {
      issues.add(new Issue(STAGE, "truncated", "the body has " + body.length() + " characters; only the first " + maxBytes + " were kept"));
      body = body.substring(0, (int) maxBytes);
    }
    return new RawDocument(id != null ? id : fallbackId, origin, text(node, "url"), text(node, "title"),
        date(text(node, "published"), issues), body, type, issues);
  }

  private static LocalDate date(String value, List<Issue> issues) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      issues.add(new Issue(STAGE, "bad-date", "\"published\" is not an ISO date: " + value));
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static RawDocument failed(String id, String origin, String code, String message) {
    return new RawDocument(id, origin, null, null, null, "", ContentType.TEXT, List.of(new Issue(STAGE, code, message)));
  }
}
