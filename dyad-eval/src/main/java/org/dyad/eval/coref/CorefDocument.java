package org.dyad.eval.coref;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One article of the coreference set: its plain text and the marked person mentions, in text order. */
public record CorefDocument(String id, String text, List<GoldMention> mentions) {
  public CorefDocument {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
    mentions = List.copyOf(mentions);
    for (GoldMention m : mentions) {
      if (m.end() > text.length()) {
        throw new IllegalArgumentException(id + ": mention past the end of the text");
      }
    }
  }
}
