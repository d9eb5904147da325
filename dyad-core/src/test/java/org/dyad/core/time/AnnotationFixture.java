package org.dyad.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;
import org.dyad.model.nlp.Timex;

/**
 * Builds small {@link Annotation}s for tests without CoreNLP: tokens split at whitespace and
 * punctuation, sentences ended by . ! ? before a capitalised token, a toy POS tagger that knows
 * modals, base verbs after them or after "to", "-ing" forms after "is", participles after "be" and past tenses, and timexes for given phrases (found left to
 * right in the text).
 */
final class AnnotationFixture {
  private static final Pattern TOKEN = Pattern.compile("'ll|n't|\\p{Alnum}+|\\S");
  private static final Set<String> MODALS = Set.of(
      "will", "'ll", "shall", "would", "could", "can", "may", "might", "must", "should", "wo");
  private static final Set<String> ADVERBS = Set.of("not", "n't", "also", "probably", "likely", "then");
  private static final Set<String> PAST = Set.of(
      "said", "met", "told", "went", "was", "were", "had", "held", "made", "took", "came", "saw",
      "began", "spoke", "won", "lost", "rose", "fell", "left", "did");

  private final String text;
  private final List<Timex> timexes = new ArrayList<>();
  private final List<Token> tokens;
  private int searchFrom;

  private AnnotationFixture(String text) {
    this.text = text;
    this.tokens = tokenize(text);
  }

  static AnnotationFixture text(String text) {
    return new AnnotationFixture(text);
  }

  /** An annotation whose timexes are the given phrases, as DATE with no value. */
  static Annotation of(String text, String... phrases) {
    AnnotationFixture f = text(text);
    for (String p : phrases) {
      f.timex(p, "DATE", null);
    }
    return f.build();
  }

  /**
   * An annotation from a test table's cell: timexes as {@code phrase -> TYPE value} separated by
   * {@code ;} (value {@code null} for none), each placed as {@link #timex} places it; a null cell is
   * {@link Annotation#EMPTY}, an annotator that gave nothing, not even tokens.
   */
  static Annotation table(String text, String timexes) {
    if (timexes == null) {
      return Annotation.EMPTY;
    }
    AnnotationFixture f = text(text);
    for (String spec : items(timexes)) {
      String[] phraseAndRest = spec.split(" -> ", 2);
      String[] typeAndValue = phraseAndRest[1].split(" ", 2);
      f.timex(phraseAndRest[0], typeAndValue[0], typeAndValue[1].equals("null") ? null : typeAndValue[1]);
    }
    return f.build();
  }

  /** The items of a test table's list cell, separated by {@code ;}; none for a null cell. */
  static List<String> items(String cell) {
    return cell == null ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).toList();
  }

  /** Date mentions in the compact form tables expect: {@code [start,end) TYPE value text}. */
  static List<String> compact(List<DateMention> mentions) {
    return mentions.stream().map(m -> "[" + m.start() + "," + m.end() + ") " + m.type() + " " + m.value() + " " + m.text()).toList();
  }

  /** An article of the text, published on the date (or null). */
  static CleanedArticle article(String text, LocalDate published) {
    return new CleanedArticle("test", null, null, null, published, null, text, "en", List.of());
  }

  /**
   * Adds a timex over the next occurrence of the phrase after the previous timex (or else its
   * first occurrence) with the annotator's type and value.
   */
  AnnotationFixture timex(String phrase, String type, String value) {
    int start = text.indexOf(phrase, searchFrom);
    start = start < 0 ? text.indexOf(phrase) : start;
    if (start < 0) {
      throw new IllegalArgumentException("phrase not in text: " + phrase);
    }
    int end = start + phrase.length();
    searchFrom = end;
    int first = -1;
    int last = -1;
    for (Token t : tokens) {
      if (t.start() < end && start < t.end()) {
        first = first < 0 ? t.index() : first;
        last = t.index();
      }
    }
    timexes.add(new Timex(start, end, first, last + 1, phrase, type, value));
    return this;
  }

  Annotation build() {
    return new Annotation(tokens, sentences(tokens), List.of(), timexes);
  }

  private static List<Token> tokenize(String text) {
    List<String> words = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      words.add(m.group());
      spans.add(new int[] {m.start(), m.end()});
    }
    List<Token> out = new ArrayList<>();
    int sentence = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String lemma = w.equals("'ll") ? "will" : w.toLowerCase(Locale.ROOT);
      out.add(new Token(i, sentence, spans.get(i)[0], spans.get(i)[1], w, lemma, pos(words, i), "O"));
      if (endsSentence(words, i)) {
        sentence++;
      }
    }
    return out;
  }

  private static boolean endsSentence(List<String> words, int i) {
    String w = words.get(i);
    return (w.equals(".") || w.equals("!") || w.equals("?")) && i + 1 < words.size()
        && Character.isUpperCase(words.get(i + 1).charAt(0))
        && (i == 0 || words.get(i - 1).length() > 3 || w.equals("!") || w.equals("?"));
  }

  private static String pos(List<String> words, int i) {
    String w = words.get(i).toLowerCase(Locale.ROOT);
    if (MODALS.contains(w)) {
      return "MD";
    }
    if (ADVERBS.contains(w)) {
      return "RB";
    }
    if (w.equals("is") || w.equals("are")) {
      return w.equals("is") ? "VBZ" : "VBP";
    }
    if (afterModalOrGoingTo(words, i) || i > 0 && words.get(i - 1).equals("to")) {
      return "VB";
    }
    if (w.endsWith("ing") && i > 0 && Set.of("is", "are", "am").contains(words.get(i - 1))) {
      return "VBG";
    }
    if (w.endsWith("ed") && i > 0 && Set.of("be", "been", "is", "are", "was", "were").contains(words.get(i - 1))) {
      return "VBN";
    }
    if (PAST.contains(w) || (w.length() > 3 && w.endsWith("ed"))) {
      return "VBD";
    }
    if (Character.isDigit(w.charAt(0))) {
      return "CD";
    }
    if (!Character.isLetterOrDigit(w.charAt(0))) {
      return w;
    }
    return Character.isUpperCase(words.get(i).charAt(0)) ? "NNP" : "NN";
  }

  private static boolean afterModalOrGoingTo(List<String> words, int i) {
    int j = i - 1;
    while (j >= 0 && ADVERBS.contains(words.get(j).toLowerCase(Locale.ROOT))) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String prev = words.get(j).toLowerCase(Locale.ROOT);
    return MODALS.contains(prev)
        || (prev.equals("to") && j > 0 && words.get(j - 1).equalsIgnoreCase("going"));
  }

  private static List<Sentence> sentences(List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    int first = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i == tokens.size() || tokens.get(i).sentence() != tokens.get(first).sentence()) {
        if (i > first) {
          out.add(new Sentence(out.size(), tokens.get(first).start(), tokens.get(i - 1).end(),
              first, i, List.of()));
        }
        first = i;
      }
    }
    return out;
  }
}
