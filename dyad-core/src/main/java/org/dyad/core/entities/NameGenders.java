package org.dyad.core.entities;

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
 * Genders of first names from the name list in Stanford CoreNLP's models jar
 * ({@value #RESOURCE}: about 14,600 names, one "name TAB MALE|FEMALE" a line), read as a resource
 * when the models are on the class path, as they are wherever Dyad annotates. Without them every
 * name is of unknown gender. Only the file is read; no CoreNLP class is used.
 */
final class NameGenders {
  static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Map<String, Character> GENDERS = load();

  private NameGenders() {}

  /** 'F', 'M' or '?' for a first name. */
  static char of(String firstName) {
    return GENDERS.getOrDefault(firstName.toLowerCase(Locale.ROOT), '?');
  }

  private static Map<String, Character> load() {
    Map<String, Character> genders = new HashMap<>();
    try (InputStream in = NameGenders.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Map.of();
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
