package org.dyad.core.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds text in quotation marks: straight double quotes, curly double quotes, guillemets and curly
 * single quotes (a single quote opens only after a space or an opening bracket, so apostrophes do not;
 * a straight double mark never opens right after a word, and a curly quotation may close with a
 * straight mark, as careless texts mix them).
 * A quote left open at the end of a paragraph continues when the next paragraph opens with a quotation
 * mark, as news style runs a quote over several paragraphs; otherwise an unclosed mark is ignored. Two
 * apostrophes ({@code ''}) after a space serve as a double quotation mark.
 */
public final class QuoteMarks {
  /** Longest quote considered, in characters; a stray mark must not swallow a page. */
  static final int MAX_QUOTE = 5_000;
  /** Every character that opens or closes a quotation here. */
  static final String MARKS = "\"\u201C\u201D\u00AB\u00BB\u2018\u2019'";

  /** A quoted span: {@code [start, end)} excludes the marks. */
  public record Span(int start, int end) {}

  private QuoteMarks() {}

  public static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (opensDoubleApostrophe(text, i)) {
        int end = closeOfDoubleApostrophe(text, i + 2);
        if (end > i + 2 && !text.substring(i + 2, end).isBlank()) {
          out.add(trim(text, i + 2, end));
          i = end + 2;
          continue;
        }
      }
      char c = text.charAt(i);
      char close = closing(text, i);
      if (close == 0) {
        i++;
        continue;
      }
      int end = closeOf(text, i + 1, c, close);
      if (end < 0) {
        i++;
        continue;
      }
      if (end > i + 1 && !text.substring(i + 1, end).isBlank()) {
        out.add(trim(text, i + 1, end));
      }
      i = end + 1;
    }
    return out;
  }

  /** Two apostrophes as a double quotation mark ('' ... ''), as some wire and newspaper texts write it. */
  private static boolean opensDoubleApostrophe(String t, int i) {
    return t.startsWith("''", i) && (i == 0 || Character.isWhitespace(t.charAt(i - 1)) || t.charAt(i - 1) == '(')
        && i + 2 < t.length() && !Character.isWhitespace(t.charAt(i + 2));
  }

  /** Index of the closing two apostrophes, or -1; across a paragraph break only when the next one reopens. */
  private static int closeOfDoubleApostrophe(String t, int from) {
    int limit = Math.min(t.length() - 1, from + MAX_QUOTE);
    for (int j = from; j < limit; j++) {
      if (t.startsWith("''", j) && (j + 2 >= t.length() || !Character.isLetterOrDigit(t.charAt(j + 2)))) {
        return j;
      }
      if (t.startsWith("\n\n", j)) {
        int k = j;
        while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
          k++;
        }
        if (!t.startsWith("''", k)) {
          return -1;
        }
        j = k + 1;
      }
    }
    return -1;
  }

  /** The closing mark for an opening mark at i, or 0 when the character at i does not open a quote. */
  private static char closing(String t, int i) {
    char c = t.charAt(i);
    switch (c) {
      case '"':
        return opensStraight(t, i) ? '"' : 0;
      case '\u201C':
        return '\u201D';
      case '\u00AB':
        return '\u00BB';
      case '\u2018':
        return (i == 0 || Character.isWhitespace(t.charAt(i - 1)) || t.charAt(i - 1) == '(') ? '\u2019' : 0;
      default:
        return 0;
    }
  }

  /**
   * Index of the closing mark, or -1. At a paragraph break the quote goes on only if the next
   * paragraph opens with the same opening mark.
   */
  private static int closeOf(String t, int from, char open, char close) {
    int limit = Math.min(t.length(), from + MAX_QUOTE);
    for (int j = from; j < limit; j++) {
      char c = t.charAt(j);
      if (c == close && (close != '\u2019' || isClosingApostrophe(t, j)) || closesMixed(t, j, close)) {
        return j;
      }
      if (c == '\n' && j + 1 < t.length() && t.charAt(j + 1) == '\n') {
        int k = j;
        while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
          k++;
        }
        if (k >= t.length() || t.charAt(k) != open) {
          return -1;
        }
        j = k;
      }
    }
    return -1;
  }

  /**
   * True when {@code [start, end)} opens with a quotation or closes with one (its closing mark last,
   * after the quotation's own final stop or comma): a statement that gives the speaker's words in
   * quotation marks at its edge, "said the pier would become “the busiest in the region.”", as the
   * PARC and PolNeAR annotations read a direct quote.
   */
  public static boolean atEdge(String text, int start, int end) {
    if (start < 0 || end > text.length() || start >= end) {
      return false;
    }
    String sub = text.substring(start, end).strip();
    for (Span s : find(sub)) {
      if (s.start() > 0 && onlyMarks(sub.substring(0, s.start())) || s.end() < sub.length() && onlyMarks(sub.substring(s.end()))) {
        return true;
      }
    }
    return false;
  }

  /** True for a non-empty run of quotation marks and white space (one mark, or two apostrophes). */
  private static boolean onlyMarks(String s) {
    String t = s.strip();
    return !t.isEmpty() && t.chars().allMatch(c -> MARKS.indexOf(c) >= 0 || Character.isWhitespace(c));
  }

  /** A straight double mark opens only where a word can begin: not right after a letter, a digit or a stop ("evidence" yet"). */
  private static boolean opensStraight(String t, int i) {
    if (i == 0) {
      return true;
    }
    char p = t.charAt(i - 1);
    return !Character.isLetterOrDigit(p) && ".,;!?%".indexOf(p) < 0;
  }

  /** A careless text closes a curly double quotation with a straight mark or the other way round: “no evidence". */
  private static boolean closesMixed(String t, int j, char close) {
    char c = t.charAt(j);
    boolean straightForCurly = close == '\u201D' && c == '"' && j > 0 && !Character.isWhitespace(t.charAt(j - 1));
    return straightForCurly || close == '"' && c == '\u201D';
  }

  private static boolean isClosingApostrophe(String t, int j) {
    return j + 1 >= t.length() || !Character.isLetter(t.charAt(j + 1));
  }

  private static Span trim(String t, int start, int end) {
    while (start < end && Character.isWhitespace(t.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
