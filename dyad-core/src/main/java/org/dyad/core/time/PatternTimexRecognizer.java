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
  private static final String MONTH_WORDS = "(?:january|february|march|april|may|june|july|august|"
      + "september|october|november|december)";
  private static final String WEEKDAY =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String PART_OF_DAY = "(?: (?i:morning|afternoon|evening|night))?";
  private static final String CLOCK = "(?:\\d{1,2}(?::\\d{2})? ?[ap]\\.m\\.|(?i:noon|midnight))"
      + "(?: (?:[ECMP][SD]T|GMT|UTC|\\p{Lu}\\p{Ll}+ time|local time))?,? (?:on )?";
  private static final String SPELLED_YEAR = "nineteen[- ](?:ten|eleven|twelve|thirteen|fourteen|"
      + "fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|"
      + "eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)";
  private static final List<Pattern> PATTERNS = List.of(
      ci("\\bthe (?:past|last|previous|next|coming) (?:" + NUM + " )?" + UNIT + "\\b"),
      ci("\\b(?:" + NUM + " )?" + UNIT + "(?: or so)? (?:ago|from now)\\b"),
      ci("\\b(?:earlier|later) this (?:week|month|year)\\b"),
      ci("\\b(?:last|this|next) (?:week|weekend|month|year|quarter|spring|summer|fall|autumn|winter)\\b"),
      ci("\\b(?:yesterday|today|tomorrow|tonight)\\b"),
      ci("\\b(?:recently|currently)\\b"),
      ci("\\b(?:once|twice|thrice|(?:\\d{1,3}|" + NUM + ") times) (?:a|an|per|each|every) (?:hour|day|night|week|month|quarter|year)\\b"),
      ci("\\b(?:\\d{1,4}|(?!an?\\b)" + NUM + ")[- ]" + UNIT + "\\b"),
      ci("\\b(?:\\d{1,4}|(?!an?\\b)" + NUM + ") (?:more|additional|further|extra) " + UNIT + "\\b"),
      ci("\\ban? (?:additional|further|extra) " + UNIT + "\\b"),
      ci("\\b(?:at )?midday\\b"),
      ci("\\bfiscal(?: year)? (?:19|20)\\d\\d\\b"),
      ci("\\b(?:the )?(?:comparable |corresponding |same )?year[-\u2010 ](?:ago|earlier)(?: (?:(?:first|second|third|fourth)[- ])?"
          + "(?:fiscal )?(?:quarter|period))?\\b"),
      ci("\\bthe (?:latest|most recent) (?:fiscal )?(?:quarter|period)\\b"),
      ci("\\bthe year[-\u2010 ](?:ago|earlier) (?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
          + "(?:months|weeks|quarters)\\b"),
      ci("\\bthe (?:19|20)\\d\\d (?:fiscal )?(?:quarter|period)\\b|\\blast year's (?:quarter|period)\\b"),
      ci("\\bthe (?:comparable|corresponding|same) (?:quarter|period) (?:a year ago|last year)\\b"),
      ci("\\b(?:that|the same) (?:same )?(?:day|week|month|year)\\b"),
      ci("\\b(?:year|year's)[- ]end\\b"),
      ci("\\bthe (?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b"),
      ci("\\bthe (?:near|short) term\\b"),
      ci("\\b(?:a )?(?:quarter|half)[-\u2010 ]century\\b"),
      ci("\\bthese (?:[a-z]+ )?days\\b"),
      ci("\\b(?:\\d{1,3} 1/2 (?:year|day|hour|minute)s?|(?:an?|one|two|three|four|five|six|seven|eight|"
          + "nine|ten) (?:year|day|hour|minute)s? and a half|(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
          + " and a half (?:year|day|hour|minute)s)\\b"),
      Pattern.compile("\\b(?i:mid)-(?:" + MONTH + "|(?:19|20)\\d\\d\\b)"),
      ci("\\b(?:(?:" + MONTH_WORDS + "|(?:the )?(?:spring|summer|fall|autumn|winter)(?: of)?) )?"
          + SPELLED_YEAR + "\\b"),
      Pattern.compile("\\b(?:(?i:last|next|this) )?" + WEEKDAY + PART_OF_DAY + "\\b"),
      Pattern.compile("\\b" + CLOCK + "(?:" + WEEKDAY + PART_OF_DAY + "|(?i:today|yesterday|tomorrow)|"
          + MONTH + " \\d{1,2})\\b"),
      Pattern.compile("\\b" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?\\b"),
      Pattern.compile("\\b" + MONTH + " \\d{1,2}(?:st|nd|rd|th)? and \\d{1,2}(?:st|nd|rd|th)?\\b"),
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
