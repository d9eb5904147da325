package org.dyad.core.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations: "the past 20 years" and "20 years" are {@code P20Y}, "over the past fifteen years"
 * {@code P15Y}, "two more weeks" {@code P2W} (an added count is still a length), "for two weeks" {@code P2W}, "five hours" and "five-hour" {@code PT5H}, "two
 * decades" {@code P20Y} (decades are written in years, as the TempEval-3 gold mostly does). A vague
 * count or a bare plural ("several years", "recent weeks", "for years") gives {@code PXY},
 * {@code PXW}. "the past week" is {@code P1W}; other singular units ("the year", "the next day",
 * "the last day") are left alone, since they are as often dates as durations. "the year-earlier nine
 * months" is {@code P9M}: the length of the year before.
 */
final class DurationRule implements TimexRule {
  private static final Pattern DURATION = Pattern.compile(
      "^(?:(past|last|previous|next|coming|first|recent|final|following) )?(?:(" + NumberWords.PATTERN
          + ") )?(?:(?:more|additional|further|extra) )?" + CalendarUnit.PATTERN
          + "(?: (?:long|old|running|straight|in a row))?$");

  private static final Pattern HALF = Pattern.compile(
      "^(?:(\\d{1,3}) 1/2 (year|day|hour|minute)s?|(a|an|one|two|three|four|five|six|seven|eight|nine|ten) "
          + "(year|day|hour|minute)s? and a half|(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) and a half "
          + "(year|day|hour|minute)s)$");

  /** "2 1/2 years" and "two and a half years" are {@code P2Y6M}, "an hour and a half" {@code PT1H30M}. */
  private static String andAHalf(int n, String unit) {
    return switch (unit) {
      case "year" -> "P" + n + "Y6M";
      case "day" -> "P" + n + "DT12H";
      case "hour" -> "PT" + n + "H30M";
      default -> "PT" + n + "M30S";
    };
  }

  /** "the year-earlier nine months": a counted length of the year before, still that length. */
  private static final Pattern YEAR_EARLIER = Pattern.compile(
      "^(?:(?:comparable|corresponding|same) )?year (?:ago|earlier) (?=(?!a |an )" + NumberWords.PATTERN + " )");

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    Matcher earlier = YEAR_EARLIER.matcher(phrase);
    if (earlier.lookingAt()) {
      String length = phrase.substring(earlier.end());
      return DURATION.matcher(length).matches() ? apply(length, anchor, future) : Optional.empty();
    }
    Matcher half = HALF.matcher(phrase);
    if (half.matches()) {
      String count = half.group(1) != null ? half.group(1) : half.group(3) != null ? half.group(3) : half.group(5);
      String unit = half.group(2) != null ? half.group(2) : half.group(4) != null ? half.group(4) : half.group(6);
      return Optional.of(TimexValue.duration(andAHalf(NumberWords.parse(count).orElseThrow(), unit)));
    }
    Matcher m = DURATION.matcher(phrase);
    if (!m.matches()) {
      return Optional.empty();
    }
    CalendarUnit unit = CalendarUnit.of(m.group(3)).orElseThrow();
    String count = m.group(2);
    String mod = m.group(1);
    boolean plural = m.end(3) < phrase.length() && phrase.charAt(m.end(3)) == 's';
    OptionalInt n = count == null ? OptionalInt.empty() : NumberWords.parse(count);
    if (count != null) {
      return Optional.of(TimexValue.duration(unit.duration(n.isPresent() ? n.getAsInt() : null)));
    }
    if (plural) {
      return Optional.of(TimexValue.duration(unit.duration(null)));
    }
    if ("past".equals(mod)) {
      return Optional.of(TimexValue.duration(unit.duration(1)));
    }
    return Optional.empty();
  }
}
