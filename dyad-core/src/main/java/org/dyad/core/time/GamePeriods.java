package org.dyad.core.time;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;

/**
 * Tells a half or a quarter of a game ("scored twice in the second half", "trailed by nine points in
 * the second quarter") from a half or quarter of a year. A half, quarter or period with no year
 * written is a part of a game when its sentence has a word of sport ({@code period-contexts.tsv}, or a
 * margin: "led by twelve")
 * and none of business, or, in a sentence with neither, when the article's words of sport
 * outnumber its words of business, three at least.
 */
final class GamePeriods {
  private static final Map<String, String> WORDS = TwoColumns.load("period-contexts.tsv", v -> v.equals("sport") || v.equals("finance"));
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\-]*");
  private static final Pattern PART = Pattern.compile("(?i)\\b(?:half|halves|quarters?|period|periods|innings?)\\b");
  private static final Pattern YEAR = Pattern.compile("\\d{4}|'\\d\\d");
  private static final int SPORTY_ARTICLE = 3;
  /** "led by twelve", "trailing by 3": a margin of points, counted as a word of sport. */
  private static final Pattern MARGIN = Pattern.compile("(?i)\\b(?:led|leading|trailed|trailing|ahead|behind|won|lost) by "
      + "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
      + "sixteen|seventeen|eighteen|nineteen|twenty)(?! ?(?:%|percent|per cent|million|billion|votes?|seats?|cents?))\\b");

  private final boolean sportyArticle;

  private GamePeriods(boolean sportyArticle) {
    this.sportyArticle = sportyArticle;
  }

  /** The reading of one article's text. */
  static GamePeriods of(String text) {
    int[] counts = counts(text);
    return new GamePeriods(counts[0] >= SPORTY_ARTICLE && counts[0] > counts[1]);
  }

  /** Whether the mention is a part of a game, not of a year. */
  boolean isPartOfGame(DateMention m, String text, Annotation annotation) {
    if (!PART.matcher(m.text()).find() || YEAR.matcher(m.text()).find()) {
      return false;
    }
    Sentence s = annotation.sentenceAt(m.start());
    String sentence = s == null
        ? text.substring(Math.max(0, m.start() - 200), Math.min(text.length(), m.end() + 200))
        : text.substring(s.start(), Math.min(text.length(), s.end()));
    int[] counts = counts(sentence);
    if (counts[1] > 0) {
      return false;
    }
    return counts[0] > 0 || sportyArticle;
  }

  /** How many words of sport and of business a text has. */
  private static int[] counts(String text) {
    int[] counts = new int[2];
    Matcher margin = MARGIN.matcher(text);
    while (margin.find()) {
      counts[0]++;
    }
    Matcher w = WORD.matcher(text.toLowerCase(Locale.ROOT));
    String previous = "";
    while (w.find()) {
      String word = w.group();
      count(WORDS.get(word), counts);
      count(WORDS.get(previous + " " + word), counts);
      previous = word;
    }
    return counts;
  }

  private static void count(String kind, int[] counts) {
    if (kind != null) {
      counts[kind.equals("sport") ? 0 : 1]++;
    }
  }
}
