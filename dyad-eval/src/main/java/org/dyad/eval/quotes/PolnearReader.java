package org.dyad.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads the derived PolNeAR gold ({@code dev_gold.jsonl.gz}: one article a line with its text and
 * attributions, see the folder's README). An attribution without content is left out; one whose type
 * is {@code Attribution-no-source} has no source. Offsets are checked against the text.
 */
public final class PolnearReader {
  public static final String DEV_GOLD = "dev_gold.jsonl.gz";
  private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PolnearReader() {}

  /** The documents of a gold file, sorted by id. */
  public static List<PolnearDocument> read(Path goldFile) throws IOException {
    List<PolnearDocument> docs = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(goldFile)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          docs.add(document(MAPPER.readTree(line)));
        }
      }
    }
    docs.sort(Comparator.comparing(PolnearDocument::id));
    return docs;
  }

  static PolnearDocument document(JsonNode n) throws IOException {
    String id = n.path("article").asText();
    String text = n.path("text").asText();
    List<Attribution> gold = new ArrayList<>();
    for (JsonNode a : n.path("attributions")) {
      if (a.path("content").isObject()) {
        gold.add(attribution(id, text, a));
      }
    }
    return new PolnearDocument(id, dateOf(id), text, gold);
  }

  private static Attribution attribution(String id, String text, JsonNode a) throws IOException {
    List<TextSpan> content = spans(id, text, a.path("content"));
    boolean hasSource = a.path("source").isObject() && !"Attribution-no-source".equals(a.path("type").asText());
    List<TextSpan> source = hasSource ? spans(id, text, a.path("source")) : List.of();
    String sourceText = hasSource ? a.path("source").path("text").asText("") : "";
    return new Attribution(content, source, sourceText, a.path("direct_quote").asBoolean(false));
  }

  private static List<TextSpan> spans(String id, String text, JsonNode part) throws IOException {
    List<TextSpan> out = new ArrayList<>();
    for (JsonNode s : part.path("spans")) {
      int start = s.path(0).asInt(-1);
      int end = s.path(1).asInt(-1);
      if (start < 0 || end < start || end > text.length()) {
        throw new IOException(id + ": span [" + start + ", " + end + ") does not fit the text");
      }
      out.add(new TextSpan(start, end));
    }
    if (out.isEmpty()) {
      throw new IOException(id + ": an attribution part without spans");
    }
    return out;
  }

  static LocalDate dateOf(String id) {
    Matcher m = DATE.matcher(id);
    return m.find() ? LocalDate.parse(m.group(1)) : null;
  }
}
