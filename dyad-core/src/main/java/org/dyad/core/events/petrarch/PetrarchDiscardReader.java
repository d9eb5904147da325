package org.dyad.core.events.petrarch;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.events.EventDiscards;

/**
 * Reads PETRARCH/TABARI discard lists ({@code .discards.txt}): one phrase a line ({@code _} or space
 * between words), {@code +} before a phrase that discards the whole story, else its sentence; comments
 * after {@code #}. Every line is a phrase, so nothing is refused.
 */
public final class PetrarchDiscardReader {
  private PetrarchDiscardReader() {}

  public static EventDiscards read(Reader reader) throws IOException {
    List<List<String>> sentence = new ArrayList<>();
    List<List<String>> story = new ArrayList<>();
    BufferedReader in = new BufferedReader(requireNonNull(reader, "reader is null"));
    String line;
    while ((line = in.readLine()) != null) {
      int hash = line.indexOf('#');
      String t = (hash >= 0 ? line.substring(0, hash) : line).strip();
      boolean whole = t.startsWith("+");
      List<String> words = new ArrayList<>();
      for (String w : (whole ? t.substring(1) : t).split("[\\s_]+")) {
        if (!w.isEmpty()) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
      if (!words.isEmpty()) {
        (whole ? story : sentence).add(words);
      }
    }
    return EventDiscards.everyCode(sentence, story);
  }
}
