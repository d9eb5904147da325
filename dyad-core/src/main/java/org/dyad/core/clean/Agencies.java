package org.dyad.core.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The news agencies (wire services) whose names mark a dateline or a credit line, from
 * {@code agencies.tsv}: each with the name Dyad reports and the other ways pages write it.
 */
public final class Agencies {
  private static final Agencies STANDARD = load("agencies.tsv");
  /** Names this short match only as listed: "AP", "PA" and "CP" are words in other senses. */
  private static final int ANY_CASE_LENGTH = 4;

  private final Map<String, String> exact;
  private final Map<String, String> folded;

  private Agencies(Map<String, String> names) {
    this.exact = Map.copyOf(names);
    Map<String, String> f = new HashMap<>();
    names.forEach((written, canonical) -> {
      if (written.length() >= ANY_CASE_LENGTH) {
        f.putIfAbsent(fold(written), canonical);
      }
    });
    this.folded = Map.copyOf(f);
  }

  /** The agencies Dyad knows. */
  public static Agencies standard() {
    return STANDARD;
  }

  /** The name Dyad reports for an agency as written ("Associated Press" is AP), or empty when it is no known agency. */
  public Optional<String> canonical(String written) {
    String w = written.strip();
    String c = exact.get(w);
    if (c == null && w.length() >= ANY_CASE_LENGTH) {
      c = folded.get(fold(w));
    }
    return Optional.ofNullable(c);
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static Agencies load(String resource) {
    Map<String, String> names = new HashMap<>();
    for (String line : lines(resource)) {
      String[] cols = line.split("\t");
      String canonical = cols[0].strip();
      List<String> forms = new ArrayList<>(List.of(canonical));
      forms.addAll(cols.length > 1 ? List.of(cols[1].split("\\|")) : List.of());
      for (String form : forms) {
        String f = form.strip();
        String before = f.isEmpty() ? null : names.putIfAbsent(f, canonical);
        if (before != null && !before.equals(canonical)) {
          throw new IllegalStateException(resource + ": '" + f + "' names two agencies");
        }
      }
    }
    return new Agencies(names);
  }

  /** The lines of a resource beside this class that are neither blank nor comments. */
  private static List<String> lines(String resource) {
    try (InputStream in = Agencies.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
