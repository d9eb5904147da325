package org.dyad.core.clean.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads article facts from a page's {@code application/ld+json} scripts. Broken JSON is skipped.
 * Objects typed as an article are preferred over other objects.
 */
final class JsonLdReader {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .build();

  JsonLdFacts read(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type*=ld+json]")) {
      try {
        collectObjects(JSON.readTree(script.data()), objects);
      } catch (IOException | RuntimeException e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    List<JsonNode> ordered = new ArrayList<>();
    objects.stream().filter(JsonLdReader::isArticle).forEach(ordered::add);
    objects.stream().filter(o -> !isArticle(o)).forEach(ordered::add);
    String headline = first(ordered, "headline");
    String date = first(ordered, "datePublished");
    String publisher = null;
    List<String> authors = List.of();
    for (JsonNode o : ordered) {
      if (publisher == null && o.has("publisher")) {
        publisher = nameOf(o.get("publisher"));
      }
      if (authors.isEmpty() && o.has("author")) {
        authors = namesOf(o.get("author"));
      }
    }
    return new JsonLdFacts(headline, publisher, date, authors);
  }

  private static void collectObjects(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.add(root);
    while (!todo.isEmpty()) {
      JsonNode node = todo.poll();
      if (node.isArray()) {
        node.forEach(todo::add);
      } else if (node.isObject()) {
        out.add(node);
        if (node.has("@graph")) {
          todo.add(node.get("@graph"));
        }
        if (node.has("mainEntity")) {
          todo.add(node.get("mainEntity"));
        }
      }
    }
  }

  private static boolean isArticle(JsonNode o) {
    String type = o.path("@type").toString().toLowerCase(Locale.ROOT);
    return type.contains("article") || type.contains("posting") || type.contains("report");
  }

  private static String first(List<JsonNode> objects, String field) {
    for (JsonNode o : objects) {
      String value = o.path(field).isTextual() ? o.get(field).asText().trim() : "";
      if (!value.isEmpty()) {
        return value;
      }
    }
    return null;
  }

  private static String nameOf(JsonNode node) {
    if (node.isArray()) {
      JsonNode first = node.isEmpty() ? null : node.get(0);
      return first == null || first.isArray() ? null : nameOf(first);
    }
    if (node.isTextual()) {
      return node.asText().isBlank() ? null : node.asText().trim();
    }
    String name = node.path("name").asText("").trim();
    return name.isEmpty() ? null : name;
  }

  private static List<String> namesOf(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> {
        String name = n.isArray() ? null : nameOf(n);
        if (name != null) {
          names.add(name);
        }
      });
    } else {
      String name = nameOf(node);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }
}
