package org.dyad.core.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Dateline;

/**
 * Reads the dateline that opens an agency story: {@code MOSCOW, August 25. /TASS/.},
 * {@code KABUL, Aug 26 (Reuters) -}, {@code ISLAMABAD (AP) —}, {@code KABUL (Pajhwok):}.
 * A dateline without a year takes the reference date's year, or the year before when that would put
 * the story more than {@value #MAX_DAYS_AHEAD} days after the reference date.
 */
public final class DatelineParser {
  static final int MAX_DAYS_AHEAD = 92;
  private static final String PLACE = "(?<place>[A-Z][A-Z'.\\-]+(?: [A-Z][A-Z'.\\-]+){0,3})";
  private static final String MONTH = "(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\\.?";
  private static final String DAY_FIRST = "(?<day2>\\d{1,2}) " + MONTH.replace("month", "month2");
  private static final String DATE = "(?:" + MONTH + " (?<day>\\d{1,2})|" + DAY_FIRST + ")(?:,? (?<year>(?:19|20)\\d\\d))?";
  private static final String AGENCY = "(?<agency>[A-Za-z][A-Za-z .\\-]{0,30})";
  private static final Pattern[] FORMS = {
    // MOSCOW, August 25. /TASS/.
    Pattern.compile("^" + PLACE + ",? " + DATE + "\\.? */" + AGENCY + "/\\.?\\s*"),
    // KABUL, Aug 26 (Reuters) -   |  KABUL, August 26 (Xinhua) --
    Pattern.compile("^" + PLACE + ",? " + DATE + " \\(" + AGENCY + "\\) *(?:-{1,2}|—|–|:)\\s*"),
    // ISLAMABAD (AP) —   |  KABUL (Pajhwok):
    Pattern.compile("^" + PLACE + "(?:, [A-Z][a-z]+\\.?)? \\(" + AGENCY + "\\) *(?:-{1,2}|—|–|:)\\s*"),
    // BEIJING, Sept. 2 -   |  BEIJING, 2 September:
    Pattern.compile("^" + PLACE + ", " + DATE + " *(?:-{1,2}|—|–|:)\\s*"),
  };

  /** A dateline, the agency it names (or null) and the date it gives (or null). */
  public record Result(Dateline dateline, String agency, LocalDate date) {}

  private DatelineParser() {}

  /**
   * @param paragraph the first paragraph of the body
   * @param reference the date used for the year when the dateline has none; may be null
   */
  public static Optional<Result> parse(String paragraph, LocalDate reference) {
    String head = paragraph.length() > 200 ? paragraph.substring(0, 200) : paragraph;
    for (Pattern form : FORMS) {
      Matcher m = form.matcher(head);
      if (m.find()) {
        String text = m.group().strip();
        String agency = group(m, "agency");
        return Optional.of(new Result(new Dateline(m.group("place"), text), agency == null ? null : agency.strip(), date(m, reference)));
      }
    }
    return Optional.empty();
  }

  private static LocalDate date(Matcher m, LocalDate reference) {
    String month = group(m, "month");
    String day = group(m, "day");
    if (month == null) {
      month = group(m, "month2");
      day = group(m, "day2");
    }
    if (month == null || day == null) {
      return null;
    }
    Month mo = month(month);
    String year = group(m, "year");
    try {
      if (year != null) {
        return LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day));
      }
      if (reference == null) {
        return null;
      }
      LocalDate d = LocalDate.of(reference.getYear(), mo, Integer.parseInt(day));
      return d.isAfter(reference.plusDays(MAX_DAYS_AHEAD)) ? d.minusYears(1) : d;
    } catch (DateTimeException e) {
      return null;
    }
  }

  static Month month(String name) {
    String p = name.toUpperCase(Locale.ROOT).substring(0, 3);
    for (Month m : Month.values()) {
      if (m.name().startsWith(p)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
