package org.dyad.core.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The reporting verbs that cue a statement, read once from {@code cue-verbs.txt}. */
public final class CueVerbs {
  private static final Set<String> LEMMAS = load();

  private CueVerbs() {}

  public static boolean contains(String lemma) {
    return LEMMAS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = CueVerbs.class.getResourceAsStream("cue-verbs.txt")) {
      if (in == null) {
        throw new IllegalStateException("cue-verbs.txt is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
