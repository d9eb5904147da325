package org.dyad.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the gold JSON lines of {@code shared/eval/events-petrarch} ({@code gsr_dev.jsonl}, {@code unittest_gold.jsonl}). */
public final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReader() {}

  /** One sentence a line; blank lines are skipped; a malformed line is refused with its number. */
  public static List<GoldSentence> read(Reader reader, String origin) throws IOException {
    List<GoldSentence> out = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(sentence(JSON.readTree(line)));
      } catch (IOException | RuntimeException e) {
        throw new IOException(origin + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static GoldSentence sentence(JsonNode n) {
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : n.path("events")) {
      events.add(new GoldEvent(e.path("source").asText(""), e.path("target").asText(""), e.path("code").asText()));
    }
    String error = n.hasNonNull("error") ? n.get("error").asText() : null;
    return new GoldSentence(required(n, "id"), n.path("category").asText(""), date(n.path("date").asText("")),
        required(n, "text"), events, n.path("noevents").asBoolean(false), n.path("sentence_attr").asText(""), error);
  }

  private static String required(JsonNode n, String field) {
    if (!n.hasNonNull(field)) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return n.get(field).asText();
  }

  /** A YYYYMMDD date; anything else (the gold has "121108") is no date. */
  static LocalDate date(String s) {
    try {
      return s.length() == 8 ? LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
