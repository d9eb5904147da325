package org.dyad.eval.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;

/**
 * Writes gold sentences as the JSON lines {@link GoldReader} reads ({@code gsr_dev.jsonl}'s fields: id, category,
 * date as YYYYMMDD, text, events of source, target and code, noevents), so a gold set made elsewhere (the analysts'
 * judgements, {@code dyad review export}) is scored as the PETRARCH gold is.
 */
public final class GoldWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldWriter() {}

  /** One sentence as one JSON line (no line break). */
  public static String line(GoldSentence s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", s.id());
    n.put("category", s.category());
    n.put("date", s.date() == null ? "" : s.date().format(DateTimeFormatter.BASIC_ISO_DATE));
    n.put("text", s.text());
    ArrayNode events = n.putArray("events");
    for (GoldEvent e : s.events()) {
      events.addObject().put("source", e.source()).put("target", e.target()).put("code", e.code());
    }
    n.put("noevents", s.noEvents());
    return n.toString();
  }
}
