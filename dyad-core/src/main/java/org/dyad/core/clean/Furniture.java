package org.dyad.core.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page furniture from a list of paragraphs, by shape rather than by a list of phrases:
 * short lines that are not sentences ("Skip to main content", "Latest news", "Thumbnail") at the
 * edges of the body and between its paragraphs, and any paragraph or run of paragraphs seen before
 * (a body printed twice keeps one copy).
 */
public final class Furniture {
  /** A paragraph with at least this many words is body text whatever its punctuation. */
  static final int BODY_WORDS = 15;
  private static final Pattern TERMINAL = Pattern.compile("[.!?…][\"'”’»)]*$");
  private static final Pattern LOWER_WORD = Pattern.compile("\\b\\p{Ll}{3,}\\b");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern LEGAL = Pattern.compile("©|\\(c\\)|\\bcopyright\\b|all rights reserved", Pattern.CASE_INSENSITIVE);

  private Furniture() {}

  /** True when a line ends as a sentence does. */
  static boolean endsSentence(String line) {
    return TERMINAL.matcher(line).find();
  }

  static int words(String line) {
    String t = line.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** Reads as running text: long, or a sentence with lower-case words that is not a legal notice. */
  public static boolean isSentence(String p) {
    if (LEGAL.matcher(p).find()) {
      return false;
    }
    if (words(p) >= BODY_WORDS) {
      return true;
    }
    return words(p) >= 3 && endsSentence(p) && LOWER_WORD.matcher(p).find();
  }

  /** True for a line that is clearly body text: long, or a sentence of eight words or more. */
  public static boolean isBody(String p) {
    return isSentence(p) && (words(p) >= 8 || words(p) >= BODY_WORDS);
  }

  /** Drops repeated paragraphs, and non-sentence lines before the first and after the last body line. */
  public static List<String> strip(List<String> paragraphs) {
    List<String> once = dropRepeats(paragraphs);
    int first = -1;
    int last = -1;
    for (int i = 0; i < once.size(); i++) {
      if (isBody(once.get(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      String p = once.get(i);
      if (isSentence(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * A text in which no line reads as body text, kept whole: each paragraph once, legal notices and
   * lines without a letter left out. Used when {@link #strip} would leave nothing of a text that was given as an article.
   */
  public static List<String> wholeText(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (String p : dropRepeats(paragraphs)) {
      if (!LEGAL.matcher(p).find() && LETTER.matcher(p).find()) {
        out.add(p);
      }
    }
    return out;
  }

  /** The lines before the first body line: where the headline sits on a scraped page. */
  public static List<String> head(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      if (isBody(p)) {
        break;
      }
      out.add(p);
    }
    return out;
  }

  /** Keeps the first copy of each paragraph (compared by letters and digits, case folded). */
  public static List<String> dropRepeats(List<String> paragraphs) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      if (seen.add(key(p))) {
        out.add(p);
      }
    }
    return out;
  }

  static String key(String p) {
    return p.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
