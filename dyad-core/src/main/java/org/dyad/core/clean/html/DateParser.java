package org.dyad.core.clean.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date from the date strings pages put in metadata: ISO 8601 (the local date as
 * written, ignoring the zone), {@code 20191119}, {@code 19 Nov 2019}, {@code November 19, 2019}, and
 * {@code /2019/11/19/} in a URL. Returns null for anything else.
 */
final class DateParser {
  private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s])");
  private static final Pattern DAY_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+"
      + "([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_DAY = Pattern.compile("\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
      + ",?\\s+(\\d{4})");
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  LocalDate parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.trim();
    Matcher m = NUMERIC.matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = DAY_MONTH.matcher(s);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = MONTH_DAY.matcher(s);
    if (m.find()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    return null;
  }

  /** The date in a URL path such as {@code /2019/11/19/slug}, or null. */
  LocalDate fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static String month(String name) {
    String key = name.length() < 3 ? "" : name.substring(0, 3).toLowerCase(Locale.ROOT);
    Integer month = MONTHS.get(key);
    return month == null ? null : month.toString();
  }

  private static LocalDate date(String year, String month, String day) {
    if (month == null) {
      return null;
    }
    try {
      int y = Integer.parseInt(year);
      if (y < MIN_YEAR || y > MAX_YEAR) {
        return null;
      }
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
