package org.dyad.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.nlp.Token;

/**
 * Genders of first names from the list in CoreNLP's models jar ({@value #RESOURCE}: about 14,600
 * names, one "name TAB MALE|FEMALE" a line). The adapter puts the genders of a text's capitalised
 * words into its annotation ({@code Annotation.nameGenders}), so that core reads no model file.
 */
final class NameGenderList {
  static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Map<String, Character> GENDERS = load();

  private NameGenderList() {}

  /** The capitalised words among {@code tokens} that the list knows, in lower case, with 'F' or 'M'. */
  static Map<String, Character> of(List<Token> tokens) {
    Map<String, Character> found = new HashMap<>();
    for (Token t : tokens) {
      if (!t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))) {
        String key = t.word().toLowerCase(Locale.ROOT);
        Character g = GENDERS.get(key);
        if (g != null) {
          found.put(key, g);
        }
      }
    }
    return found;
  }

  private static Map<String, Character> load() {
    Map<String, Character> genders = new HashMap<>();
    try (InputStream in = NameGenderList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: the CoreNLP models jar is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cells = line.split("\t");
        if (cells.length == 2 && (cells[1].equals("MALE") || cells[1].equals("FEMALE"))) {
          genders.put(cells[0].strip().toLowerCase(Locale.ROOT), cells[1].charAt(0));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(genders);
  }
}
