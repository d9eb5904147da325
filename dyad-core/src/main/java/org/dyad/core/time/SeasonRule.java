package org.dyad.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seasons as TIMEX3 {@code YYYY-SP/SU/FA/WI}, with northern meteorological seasons (spring is
 * March to May). A winter belongs to the year of its December, so January 2021 lies in
 * {@code 2020-WI}. A bare season is the latest one begun by the article date (the
 * next one in a future-tense clause); "this summer" is the summer of the article's year (the
 * current season when it is the one named); "last summer" the latest one before the current
 * season, "next summer" the first one after it.
 */
final class SeasonRule implements TimexRule {
  private static final Pattern SEASON = Pattern.compile(
      "^(?:(last|this|next|past|coming) )?(spring|summer|fall|autumn|winter)(?: (?:of )?(\\d{4}))?$");
  private static final List<String> CODES = List.of("SP", "SU", "FA", "WI");

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    Matcher m = SEASON.matcher(phrase);
    if (!m.matches()) {
      return Optional.empty();
    }
    int season = index(m.group(2));
    if (m.group(3) != null) {
      return Optional.of(TimexValue.date(m.group(3) + "-" + CODES.get(season)));
    }
    if (anchor == null) {
      return Optional.of(TimexValue.date(null));
    }
    int current = sequence(anchor);
    String mod = m.group(1) == null ? "" : m.group(1);
    int target = switch (mod) {
      case "last", "past" -> latest(season, current - 1);
      case "next", "coming" -> latest(season, current + 4);
      case "this" -> current % 4 == season ? current : anchor.getYear() * 4 + season;
      default -> future ? latest(season, current + 3) : latest(season, current);
    };
    return Optional.of(TimexValue.date(target / 4 + "-" + CODES.get(target % 4)));
  }

  /** The greatest season sequence number {@code <= limit} of the given season. */
  private static int latest(int season, int limit) {
    return limit - Math.floorMod(limit - season, 4);
  }

  /** year * 4 + season index of the season holding the date. */
  static int sequence(LocalDate date) {
    int month = date.getMonthValue();
    if (month <= 2) {
      return (date.getYear() - 1) * 4 + 3;
    }
    return date.getYear() * 4 + (month == 12 ? 3 : (month - 3) / 3);
  }

  private static int index(String name) {
    return switch (name) {
      case "spring" -> 0;
      case "summer" -> 1;
      case "fall", "autumn" -> 2;
      default -> 3;
    };
  }
}
