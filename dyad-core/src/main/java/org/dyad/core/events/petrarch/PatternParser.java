package org.dyad.core.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a PETRARCH/TABARI pattern line into {@link PatternElement}s: space separates, {@code _}
 * joins (also to the verb: {@code IN_*}), parentheses and braces only group and are dropped,
 * {@code &NAME} is a synset, {@code * $ + % ^} are the verb and the markers.
 */
final class PatternParser {
  private PatternParser() {}

  /** The phrases of a synset member ({@code AUSTRIAN FLORIN}, {@code &OTHER}), or null for an unknown synset. */
  static List<List<String>> phrases(String member, Map<String, List<List<String>>> synsets) {
    if (member.startsWith("&")) {
      List<List<String>> known = synsets.get(PetrarchVerbReader.name(member.split("\\s+")[0]));
      return known == null ? null : List.copyOf(known);
    }
    List<String> words = new ArrayList<>();
    for (String w : member.split("[\\s_]+")) {
      if (!w.isEmpty()) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return words.isEmpty() ? List.of() : List.of(words);
  }

  /** Why the pattern cannot be read (not exactly one verb {@code *}, an unknown or empty synset), or null. */
  static String check(String text, Map<String, List<List<String>>> synsets) {
    int verbs = 0;
    for (String piece : pieces(text)) {
      if (piece.equals("*")) {
        verbs++;
      } else if (piece.startsWith("&")) {
        List<List<String>> s = phrases(piece, synsets);
        if (s == null || s.isEmpty()) {
          return "unknown or empty synset " + piece;
        }
      }
    }
    return verbs == 1 ? null : "a pattern needs one verb (*), found " + verbs;
  }

  /** The pattern; {@link #check} must have passed. */
  static PetrarchPattern parse(String text, Map<String, List<List<String>>> synsets, String code, String back) {
    List<PatternElement> before = new ArrayList<>();
    List<PatternElement> after = new ArrayList<>();
    boolean verbJoined = false;
    List<PatternElement> side = before;
    for (String chunk : text.replaceAll("[(){}]", " ").strip().split("\\s+")) {
      String[] parts = chunk.split("_");
      for (int i = 0; i < parts.length; i++) {
        boolean joined = i < parts.length - 1 || chunk.endsWith("_");
        String piece = parts[i];
        if (piece.equals("*")) {
          verbJoined = joined;
          side = after;
        } else if (!piece.isEmpty()) {
          side.add(element(piece, joined, synsets));
        }
      }
    }
    return new PetrarchPattern(before, after, verbJoined, code, back);
  }

  private static PatternElement element(String piece, boolean joined, Map<String, List<List<String>>> synsets) {
    switch (piece) {
      case "$":
        return PatternElement.marker(PatternElement.Kind.SOURCE, joined);
      case "+":
        return PatternElement.marker(PatternElement.Kind.TARGET, joined);
      case "%":
        return PatternElement.marker(PatternElement.Kind.COMPOUND, joined);
      case "^":
        return PatternElement.marker(PatternElement.Kind.SKIP, joined);
      default:
        List<List<String>> phrases = piece.startsWith("&") ? phrases(piece, synsets)
            : List.of(List.of(piece.toLowerCase(Locale.ROOT)));
        return new PatternElement(PatternElement.Kind.WORDS, phrases, joined);
    }
  }

  private static List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    for (String chunk : text.replaceAll("[(){}]", " ").strip().split("\\s+")) {
      for (String p : chunk.split("_")) {
        if (!p.isEmpty()) {
          out.add(p);
        }
      }
    }
    return out;
  }
}
