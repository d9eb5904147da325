package org.dyad.core.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that make a phrase a time expression at all: a digit, a month or weekday name, a unit
 * of time, a part of the day, a season, a deictic word ("today", "now", "ago") or a holiday word.
 * A phrase without any ("ended", "the", "and") is a fragment, not a time expression.
 */
final class TimeVocabulary {
  private static final Pattern WORD = Pattern.compile("[\\p{L}'\u2019]+|\\d");
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
  private static final Set<String> WORDS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights",
      "week", "weeks", "weekend", "weekends", "month", "months", "quarter", "quarters", "year",
      "years", "decade", "decades", "century", "centuries", "millennium", "half", "period",
      "term", "time", "times", "moment", "era", "season", "seasons", "holiday", "holidays",
      "morning", "mornings", "afternoon", "evening", "evenings", "noon", "midday", "midnight", "dawn",
      "dusk", "overnight", "tonight", "today", "yesterday", "tomorrow", "now", "nowadays",
      "currently", "current", "recently", "recent", "lately", "past", "future", "present",
      "soon", "ago", "hence", "earlier", "later", "once", "previously", "formerly", "former",
      "then", "daily", "weekly", "monthly", "quarterly", "yearly", "annual", "annually",
      "hourly", "fiscal", "spring", "summer", "fall", "autumn", "winter", "christmas", "easter",
      "thanksgiving", "ramadan", "hanukkah", "passover", "eid", "yom", "kippur", "eve",
      "am", "pm", "gmt", "utc", "nineties", "eighties", "seventies",
      "sixties", "fifties", "forties", "thirties", "twenties");

  private TimeVocabulary() {}

  private static final Set<String> CALENDAR_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "morning", "afternoon", "evening", "night");

  /** Whether a word names a month, a weekday or a part of the day ("Sunday Night" is a time, "Sunday Times" a paper). */
  static boolean isCalendarName(String word) {
    return CALENDAR_NAMES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** Whether the text has at least one time word or digit. */
  static boolean mentionsTime(String text) {
    var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = POSSESSIVE.matcher(m.group()).replaceFirst(""); // "year's end", "today's"
      if (w.isEmpty()) {
        continue; // a clitic or quote mark on its own ("'s weekly" when a span starts inside "Post's") names no time
      }
      if (Character.isDigit(w.charAt(0)) || WORDS.contains(w) || w.endsWith("s") && WORDS.contains(w.substring(0, w.length() - 1))) {
        return true;
      }
    }
    return false;
  }
}
