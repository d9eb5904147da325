package org.dyad.core.time;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frequencies: a TIMEX3 SET, whose value is the period that repeats and never a calendar date, so
 * it needs no article date. "weekly", "every week", "each week" are {@code P1W}; "every two weeks"
 * and "every other week" {@code P2W}; "twice a week", "three times a year" {@code P1W},
 * {@code P1Y} (TIMEX3 writes the count as {@code freq}, which Dyad does not keep); "each July" and
 * "every Sunday morning" are every such month or day ({@code XXXX-07}, {@code XXXX-WXX-7TMO}).
 */
final class SetRule implements TimexRule {
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("hourly", "PT1H"), Map.entry("daily", "P1D"), Map.entry("nightly", "P1D"),
      Map.entry("weekly", "P1W"), Map.entry("fortnightly", "P2W"), Map.entry("monthly", "P1M"),
      Map.entry("quarterly", "P3M"), Map.entry("annually", "P1Y"), Map.entry("annual", "P1Y"),
      Map.entry("yearly", "P1Y"));
  private static final String UNIT = "(hour|day|night|week|month|quarter|year|decade)s?";
  private static final Pattern EVERY_UNIT = Pattern.compile(
      "^(?:every|each)(?: (other|" + NumberWords.PATTERN + "|\\d+))? " + UNIT + "$");
  private static final Pattern TIMES_PER = Pattern.compile(
      "^(?:once|twice|thrice|(?:" + NumberWords.PATTERN + "|\\d+) times) (?:a|an|per|each|every) " + UNIT + "$");
  private static final Pattern EVERY_DAY_NAME = Pattern.compile(
      "^(?:every|each) " + WeekdayRule.DAY_NAMES + "(?: (morning|afternoon|evening|night))?$");
  private static final Pattern EVERY_MONTH = Pattern.compile("^(?:every|each) (" + MonthDayRule.MONTH_NAMES + ")$");
  private static final Map<String, String> PARTS = Map.of(
      "morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    String word = WORDS.get(phrase);
    if (word != null) {
      return set(word);
    }
    Matcher m = EVERY_UNIT.matcher(phrase);
    if (m.matches()) {
      String count = m.group(1);
      if (count == null || count.equals("other")) {
        return set(period(count == null ? "1" : "2", m.group(2)));
      }
      java.util.OptionalInt n = NumberWords.parse(count);
      return n.isPresent() && n.getAsInt() > 0 ? set(period(String.valueOf(n.getAsInt()), m.group(2)))
          : NumberWords.isVague(count) ? set(period("X", m.group(2))) : Optional.empty();
    }
    m = TIMES_PER.matcher(phrase);
    if (m.matches()) {
      return set(period("1", m.group(1)));
    }
    m = EVERY_DAY_NAME.matcher(phrase);
    if (m.matches()) {
      String part = m.group(2) == null ? "" : PARTS.get(m.group(2));
      return set("XXXX-WXX-" + WeekdayRule.dayOf(m.group(1)).getValue() + part);
    }
    m = EVERY_MONTH.matcher(phrase);
    if (m.matches()) {
      return set(String.format("XXXX-%02d", MonthDayRule.month(m.group(1))));
    }
    return Optional.empty();
  }

  /**
   * The SET value the text writes, or null: the whole phrase ("every week" {@code P1W}), else its
   * one frequency word ("Today's weekly" {@code P1W}).
   */
  static String valueOf(String text) {
    String phrase = PhraseCleaner.clean(text);
    Optional<TimexValue> whole = new SetRule().apply(phrase, null, false);
    if (whole.isPresent()) {
      return whole.get().value();
    }
    String found = null;
    for (String w : phrase.split("[\\s']+")) {
      String v = WORDS.get(w);
      if (v != null) {
        if (found != null) {
          return null;
        }
        found = v;
      }
    }
    return found;
  }

  /** The period of {@code n} units ("X": a vague count); quarters in months, decades in years. */
  private static String period(String n, String unit) {
    boolean vague = n.equals("X");
    return switch (unit) {
      case "hour" -> "PT" + n + "H";
      case "day", "night" -> "P" + n + "D";
      case "week" -> "P" + n + "W";
      case "month" -> "P" + n + "M";
      case "quarter" -> "P" + (vague ? "X" : String.valueOf(3 * Integer.parseInt(n))) + "M";
      case "decade" -> vague ? "PXE" : "P" + 10 * Integer.parseInt(n) + "Y";
      default -> "P" + n + "Y";
    };
  }

  private static Optional<TimexValue> set(String value) {
    return Optional.of(new TimexValue("SET", value));
  }
}
