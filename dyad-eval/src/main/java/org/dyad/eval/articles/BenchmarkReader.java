package org.dyad.eval.articles;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the benchmark's folder: {@code ground-truth.json.gz}, {@code html/<id>.html.gz} and
 * prediction files of the form {@code {"<id>": {"articleBody": ...}}}, optionally wrapped as
 * {@code {"version": ..., "output": {...}}}.
 */
public final class BenchmarkReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path dataDir;

  /** @param dataDir the folder holding {@code html/} and {@code ground-truth.json.gz} */
  public BenchmarkReader(Path dataDir) {
    this.dataDir = requireNonNull(dataDir, "dataDir is null");
  }

  /** The gold pages, sorted by id. */
  public List<BenchmarkPage> pages() throws IOException {
    JsonNode root = readJson(dataDir.resolve("ground-truth.json.gz"));
    List<BenchmarkPage> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      JsonNode page = e.getValue();
      pages.add(new BenchmarkPage(e.getKey(), page.path("url").asText(""), page.path("articleBody").asText("")));
    }
    pages.sort((a, b) -> a.id().compareTo(b.id()));
    return pages;
  }

  /** The page's HTML, decoded as UTF-8. */
  public String html(String id) throws IOException {
    return new String(gunzip(dataDir.resolve("html").resolve(id + ".html.gz")), StandardCharsets.UTF_8);
  }

  /** A prediction file's bodies by page id. */
  public Map<String, String> predictions(Path file) throws IOException {
    JsonNode root = readJson(file);
    if (root.has("output") && root.get("output").isObject()) {
      root = root.get("output");
    }
    Map<String, String> bodies = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      bodies.put(e.getKey(), e.getValue().path("articleBody").asText(""));
    }
    return bodies;
  }

  private static JsonNode readJson(Path file) throws IOException {
    return JSON.readTree(gunzip(file));
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
