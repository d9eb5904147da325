package org.dyad.core.time;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of news that annotators tend to miss or cut short ("the past 20
 * years", "earlier this month", "two days ago", "20-year"), with regular expressions over the
 * text. It only proposes spans; {@link DateRules} decides whether and how they resolve. Month and
 * weekday names must be capitalised, so "may" and "march" as words are not taken.
 */
public final class PatternTimexRecognizer {
  private static final String NUM = NumberWords.PATTERN;
  private static final String UNIT = CalendarUnit.PATTERN;
  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|"
      + "September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|"
      + "Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final String WEEKDAY =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final List<Pattern> PATTERNS = List.of(
      ci("\\bthe (?:past|last|previous|next|coming) (?:" + NUM + " )?" + UNIT + "\\b"),
      ci("\\b(?:" + NUM + " )?" + UNIT + " (?:ago|from now)\\b"),
      ci("\\b(?:earlier|later) this (?:week|month|year)\\b"),
      ci("\\b(?:last|this|next) (?:week|weekend|month|year|quarter|spring|summer|fall|autumn|winter)\\b"),
      ci("\\b(?:yesterday|today|tomorrow|tonight)\\b"),
      ci("\\b(?:recently|currently)\\b"),
      ci("\\b(?:\\d{1,4}|(?!an?\\b)" + NUM + ")[- ]" + UNIT + "\\b"),
      Pattern.compile("\\b(?:(?i:last|next|this) )?" + WEEKDAY + "\\b"),
      Pattern.compile("\\b" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?\\b"),
      Pattern.compile("\\b\\d{1,2} " + MONTH + "(?: \\d{4}\\b)?(?!\\w)"));

  /** Spans {@code {start, end}} of candidate expressions, possibly overlapping, in no order. */
  public List<int[]> find(String text) {
    requireNonNull(text, "text is null");
    List<int[]> out = new ArrayList<>();
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static Pattern ci(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }
}
