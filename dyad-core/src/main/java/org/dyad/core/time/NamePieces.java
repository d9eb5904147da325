package org.dyad.core.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;

/**
 * Time words and numbers that are pieces of a name, not times: a number after a capitalised word
 * that is no time word ("the RTX 2060", "Blade Runner 2049", "Resolution 2254", "Psalm 1023", "Expo
 * 2020") or after "No." or "#"; a chapter and verse ("John 3:16"); a capitalised part of the day or
 * frequency word inside a title ("Starry Night", "Motor Cycle Monthly", "USA Today", "the Daily
 * Mail"); a weekday naming a paper ("the Sunday Times"); a march named for its cause ("the March for
 * Peace"); years of distance ("230 million light-years"); a unit in the plural capitalised inside a sentence
 * (the surname in "Days and Hill signed for the club"); a month's short name after a name word ("Kim Tae Jun").
 */
final class NamePieces {
  private static final Pattern NUMBER = Pattern.compile("^\\d{3,4}$");
  private static final Pattern VERSE = Pattern.compile("^\\d{1,3}:\\d{1,3}$");
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}][\\p{L}\\p{N}.'\u2019\\-]*|#)\\s*$");
  private static final Pattern WORD_AFTER = Pattern.compile("^\\s+([\\p{L}][\\p{L}'\u2019\\-]*)");
  private static final Pattern LIGHT = Pattern.compile("(?i)light[-\u2010 ]$");
  /** Words that may stand capitalised before a year or a clock time: sentence openers and the like. */
  private static final Set<String> FUNCTION_WORDS = Set.of("in", "by", "since", "until", "till", "from", "between",
      "and", "or", "of", "to", "during", "before", "after", "on", "at", "for", "circa", "c.", "around", "about",
      "early", "late", "mid", "the", "its", "their", "his", "her", "our", "as", "than", "with", "through", "into",
      "throughout", "only", "even", "also", "both", "then", "year", "years", "class", "no", "not",
      "fiscal", "fy", "ad", "bc", "ce", "bce", "a.d.", "b.c.", "that", "this", "these", "those", "but", "so", "while",
      "when", "where", "if", "because", "although", "though", "like", "unlike", "over", "under", "within", "against");
  private static final Pattern MARCH_CAUSE = Pattern.compile("^\\s+(?:for|on|against|of|to)\\s+(?:the\\s+|our\\s+)?(\\p{Lu}\\p{L}+)");
  private static final Set<String> NUMBER_MARKS = Set.of("no.", "#", "number", "nos.");
  /** Words that are capitalised only in a name when they stand inside a sentence. */
  private static final Set<String> TITLE_TIME_WORDS = Set.of("night", "nights", "morning", "afternoon", "evening",
      "daily", "weekly", "monthly", "quarterly", "yearly", "annual", "today", "tonight", "now", "future", "times",
      "century", "spring", "summer", "autumn", "fall", "winter");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final Set<String> ZONES = Set.of("gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt", "bst", "cet", "cest");

  /** Units in the plural: capitalised inside a sentence they are a name ("Days and Hill signed for the club"). */
  private static final Set<String> PLURAL_UNITS = Set.of("seconds", "minutes", "hours", "days", "weeks", "months",
      "years", "decades", "centuries");
  /** A month's short name alone, without a day or a stop: after a name word it ends a name ("Kim Tae Jun"). */
  private static final Pattern MONTH_SHORT = Pattern.compile("^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$");

  private NamePieces() {}

  /** Whether the mention is a piece of a name or a number that is no time. */
  static boolean isPieceOfName(DateMention m, String text) {
    String t = m.text().strip();
    if (isNamedMarch(t, text.substring(m.end(), Math.min(text.length(), m.end() + 40)))) {
      return true;
    }
    String before = text.substring(Math.max(0, m.start() - 40), m.start());
    if (LIGHT.matcher(before).find() && t.toLowerCase(Locale.ROOT).startsWith("year")) {
      return true;
    }
    String previous = wordBefore(before);
    if (isCapitalisedPluralUnit(t) && !atSentenceStart(text, m.start())
        || MONTH_SHORT.matcher(t).matches() && previous != null && isNameWord(previous)) {
      return true;
    }
    if (NUMBER.matcher(t).matches() || VERSE.matcher(t).matches()) {
      return previous != null && (NUMBER_MARKS.contains(previous.toLowerCase(Locale.ROOT)) || isNameWord(previous));
    }
    return inTitle(m, t, previous, text);
  }

  private static boolean isCapitalisedPluralUnit(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    return PLURAL_UNITS.contains(lower) && t.equals(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
  }

  /** "Starry Night", "Motor Cycle Monthly", "USA Today", "the Daily Mail", "the Sunday Times". */
  private static boolean inTitle(DateMention m, String t, String previous, String text) {
    String[] words = t.split("\\s+");
    String first = words[0];
    String lower = first.toLowerCase(Locale.ROOT);
    if (words.length > 2 || !Character.isUpperCase(first.charAt(0)) || atSentenceStart(text, m.start())) {
      return false;
    }
    String next = wordAfter(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
    boolean nameFollows = next != null && isNameWord(next) && !ZONES.contains(next.toLowerCase(Locale.ROOT));
    if (WEEKDAYS.contains(lower) && words.length == 1) {
      return previous != null && previous.equalsIgnoreCase("the") && next != null && Character.isUpperCase(next.charAt(0))
          && !TimeVocabulary.isCalendarName(next);
    }
    if (!TITLE_TIME_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return false;
    }
    return previous != null && isNameWord(previous) || nameFollows;
  }

  /**
   * A capitalised word that is neither a function word nor a time word: part of a name. A
   * possessive is not ("Russia's 2014 annexation" is a year).
   */
  private static boolean isNameWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return Character.isUpperCase(word.charAt(0)) && !FUNCTION_WORDS.contains(w) && !TimeVocabulary.mentionsTime(word)
        && !w.endsWith("'s") && !w.endsWith("\u2019s") && !w.endsWith("'");
  }

  /**
   * "the annual March for Life", "the March on Washington", "the March of Dimes": a march named for
   * its cause or goal, not the month ("in March of 2019", "March to May", "March on Monday" stay).
   */
  private static boolean isNamedMarch(String t, String after) {
    if (!t.endsWith("March")) {
      return false;
    }
    Matcher m = MARCH_CAUSE.matcher(after);
    return m.find() && !TimeVocabulary.mentionsTime(m.group(1));
  }

  private static boolean atSentenceStart(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'\u201c\u2018(".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0 || text.substring(i + 1, start).contains("\n");
  }

  private static String wordBefore(String before) {
    Matcher w = WORD_BEFORE.matcher(before);
    return w.find() ? w.group(1) : null;
  }

  private static String wordAfter(String after) {
    Matcher w = WORD_AFTER.matcher(after);
    return w.find() ? w.group(1) : null;
  }
}
