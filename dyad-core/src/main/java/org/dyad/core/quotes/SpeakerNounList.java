package org.dyad.core.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The common nouns that can head a speaker's noun phrase ({@code speaker-nouns.tsv}, generated from
 * WordNet 3.1 by dyad-lexicon's {@code SpeakerNouns}): people ("the envoy"), groups and organisations
 * ("the ministry"), and texts ("the report"). Read once.
 */
final class SpeakerNounList {
  private static final Map<String, String> NOUNS = load("speaker-nouns.tsv");

  private SpeakerNounList() {}

  /** True when a noun with this lemma can name someone or something that speaks. */
  static boolean canSpeak(String lemma) {
    return NOUNS.containsKey(lemma.toLowerCase(Locale.ROOT));
  }

  /** True when a noun with this lemma names a person ("the senator"), not a group or a text. */
  static boolean isPerson(String lemma) {
    return "person".equals(NOUNS.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /** True when a noun with this lemma names a group or an organisation ("the ministry", "the campaign"). */
  static boolean isGroup(String lemma) {
    return "group".equals(NOUNS.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /** True when a noun with this lemma names a text or record ("the report", "the poll", "the video"). */
  static boolean isText(String lemma) {
    return "text".equals(NOUNS.get(lemma.toLowerCase(Locale.ROOT)));
  }

  private static Map<String, String> load(String name) {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = SpeakerNounList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cells = line.split("\t");
        if (!line.startsWith("#") && cells.length >= 2) {
          out.put(cells[0], cells[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
