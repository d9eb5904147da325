package org.dyad.core.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publish date from the furniture of a plain-text page: a short line such as
 * {@code August 30, 2021}, {@code Source: Xinhua | 2021-09-01 18:42:07} or {@code 6 September 2021}.
 */
final class TimestampLines {
  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? ((?:19|20)\\d\\d)\\b");
  private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? ((?:19|20)\\d\\d)\\b");
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");

  private TimestampLines() {}

  /** The first date found on a line that is not body text, or null. */
  static LocalDate find(List<String> lines) {
    for (String line : lines) {
      if (Furniture.isBody(line)) {
        continue;
      }
      LocalDate d = parse(line);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  static LocalDate parse(String line) {
    try {
      Matcher m = ISO.matcher(line);
      if (m.find()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = MONTH_FIRST.matcher(line);
      if (m.find()) {
        return LocalDate.of(Integer.parseInt(m.group(3)), DatelineParser.month(m.group(1)), Integer.parseInt(m.group(2)));
      }
      m = DAY_FIRST.matcher(line);
      if (m.find()) {
        return LocalDate.of(Integer.parseInt(m.group(3)), DatelineParser.month(m.group(2)), Integer.parseInt(m.group(1)));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }
}
