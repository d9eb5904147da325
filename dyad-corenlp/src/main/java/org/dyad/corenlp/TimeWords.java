package org.dyad.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which sentences can hold a time expression for SUTime. SUTime (inside CoreNLP's NER) was the
 * largest single cost of Dyad's annotation (about as much as the dependency parse; the 3-class CRF a
 * tenth of it), and a sentence without a time expression pays it in full. Every time expression
 * SUTime builds grows out of an anchor token its basic rules turn into a time: a number (years,
 * dates, clock times), a month, a weekday, a time unit, a part of the day, a season, a holiday, a
 * decade name, a periodic word ("annually") or a reference word ("now", "currently", "the past", "at
 * the time"). The words are those of SUTime 4.5.10's rule files ({@code defs.sutime.txt},
 * {@code english.sutime.txt}, {@code english.holidays.sutime.txt} in the models jar); a sentence
 * with none of them gives no time expression, and NER runs on it without SUTime (numbers, money and
 * the CRF's names are the same either way). Errs towards SUTime: "may", "sun", "fall" and "second"
 * are anchors even when they are not times.
 */
final class TimeWords {
  /** Raised whenever the words change, so that cached annotations miss. */
  static final int VERSION = 1;
  /** Stage-1 token rules of english.sutime.txt and the holiday rules, lower case, without the plural "s". */
  private static final Set<String> ANCHORS = Set.of(
      // time units (TIMEUNIT_MAP and the duration rules)
      "year", "yr", "month", "mo", "day", "hour", "hr", "minute", "min", "second", "sec", "millisecond", "millisec",
      "week", "wk", "fortnight", "quarter", "decade", "century", "centurie", "millennium", "millennia", "millenium",
      "millenia", "weekend", "weekday", "workweek", "workday",
      // decades (DECADES_MAP) and the generic decade rule
      "ought", "nought", "twentie", "thirtie", "fortie", "fiftie", "sixtie", "seventie", "eightie", "ninetie", "teen",
      // parts of the day
      "morning", "afternoon", "evening", "dusk", "twilight", "dawn", "daybreak", "sunrise", "sunup", "sundown", "sunset",
      "midday", "noon", "midnight", "teatime", "lunchtime", "dinnertime", "suppertime", "daylight", "daytime",
      "nighttime", "night", "overnight", "tonight", "tonite", "o'clock", "oclock", "o’clock", "a.m.", "p.m.", "am", "pm",
      // seasons
      "summer", "winter", "fall", "autumn", "spring",
      // relative days
      "yesterday", "today", "tomorrow",
      // weekdays and their abbreviations
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
      // months and their abbreviations
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      // vague and reference times ("the past", "at the time", "right now", "recent years")
      "now", "past", "once", "medieval", "previously", "recently", "recent", "present", "current", "currently",
      "future", "time", "ago", "hence",
      // holidays (english.holidays.sutime.txt)
      "christmas", "xmas", "x-mas", "easter", "halloween", "thanksgiving", "valentine", "inauguration", "groundhog",
      "memorial", "columbus", "labor", "labour", "mlk", "mayo", "eve", "fool", "patrick",
      // fiscal quarters
      "q1", "q2", "q3", "q4", "fy");
  /** The periodic-set rule matches any word ending so ("semiannually", "biweekly"). */
  private static final List<String> PERIODIC_ENDINGS = List.of("centennial", "yearly", "annually", "annual", "hourly",
      "nightly", "daily", "weekly", "monthly", "quarterly");

  private TimeWords() {}

  /** True when a sentence holds a token that can anchor a time expression. */
  static boolean mayHoldTime(List<CoreLabel> sentence) {
    for (CoreLabel l : sentence) {
      if (anchors(l.word())) {
        return true;
      }
    }
    return false;
  }

  /** True for a word that can anchor a time expression: a digit anywhere, or an anchor word (or a part of a hyphenated one). */
  static boolean anchors(String word) {
    if (word == null || word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (anchorWord(w)) {
      return true;
    }
    if (w.indexOf('-') > 0 || w.indexOf('/') > 0) {
      for (String part : w.split("[-/]")) {
        if (!part.isEmpty() && anchorWord(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean anchorWord(String w) {
    String bare = w.endsWith(".") && w.length() > 1 && !w.equals("a.m.") && !w.equals("p.m.") ? w.substring(0, w.length() - 1) : w;
    if (ANCHORS.contains(bare) || bare.endsWith("s") && bare.length() > 2 && ANCHORS.contains(bare.substring(0, bare.length() - 1))) {
      return true;
    }
    for (String e : PERIODIC_ENDINGS) {
      if (bare.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
