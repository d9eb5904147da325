package org.dyad.core.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Dateline;

/**
 * Reads the dateline at the start of a paragraph: {@code MOSCOW, August 25. /TASS/.},
 * {@code KABUL, Aug 26 (Reuters) -}, {@code HANOI, Vietnam (AP) —}, {@code Paris (AFP) -},
 * {@code New Delhi [India], August 25 (ANI):}, {@code Riyadh, August 25, 2021, SPA --},
 * {@code (Bloomberg) --}, {@code WASHINGTON —}. A place in capitals may name any agency in
 * parentheses; a place in title case, or an agency outside parentheses, must be a known agency
 * ({@link Agencies}). A dateline without a year takes the reference date's year, or the year
 * before when that would put the story more than {@value #MAX_DAYS_AHEAD} days after the reference date.
 */
public final class DatelineParser {
  static final int MAX_DAYS_AHEAD = 92;
  private static final String CAPS = "(?<place>\\p{Lu}[\\p{Lu}'.\\-]+(?: \\p{Lu}[\\p{Lu}'.\\-]+){0,3})";
  private static final String TITLE = "(?<place>\\p{Lu}[\\p{L}'.\\-]+(?: \\p{Lu}[\\p{L}'.\\-]+){0,2})";
  /** ", Vietnam", ", Calif.", ", D.C.", ", New York", " [India]" after the place. */
  private static final String REGION = "(?:, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?(?=[ ,(])| \\[\\p{Lu}[\\p{L} ]*\\])?";
  private static final String MONTHS = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String DATE = "(?:(?<month>" + MONTHS + ")\\.? (?<day>\\d{1,2})(?:st|nd|rd|th)?"
      + "|(?<day2>\\d{1,2})(?:st|nd|rd|th)? (?<month2>" + MONTHS + ")\\.?)(?:,? (?<year>(?:19|20)\\d\\d))?";
  private static final String AT_DATE = "[,.] ?" + DATE;
  private static final String IN_PARENS = "\\((?<agency>[^()\\n]{1,32})\\)";
  /** What ends a dateline: a dash, a colon, a stop, or only a space before the text. */
  private static final String END = "(?:\\s*(?:\\.?-{1,2}|\u2014|\u2013|:|\\.-|\\.)\\s*|\\s+|$)";
  private static final String DASH = "\\s*(?:-{1,2}|\u2014|\u2013|:)\\s*";
  private static final Set<String> NOT_PLACES = Set.of("BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO",
      "PHOTOS", "LIVE", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENTARY", "NOTE", "EDITOR'S NOTE", "CORRECTION",
      "FILE", "ADVERTISEMENT", "REVIEW", "INTERVIEW", "FACTBOX", "EXPLAINER", "UPDATE 1", "URGENT", "FLASH");

  /** One way to write a dateline: its pattern, and whether its agency must be a known one. */
  private record Form(Pattern pattern, boolean knownAgency) {
    Form(String regex, boolean knownAgency) {
      this(Pattern.compile("^" + regex), knownAgency);
    }
  }

  private static final List<Form> FORMS = List.of(
      // MOSCOW, August 25. /TASS/.
      new Form(CAPS + REGION + AT_DATE + "\\.? ?/(?<agency>[^/\\n]{1,32})/\\.?\\s*", false),
      // KABUL, Aug 26 (Reuters) -   |  HANOI, Vietnam (AP) —   |  KABUL (Pajhwok):
      new Form(CAPS + REGION + "(?:" + AT_DATE + ")?\\.? ?" + IN_PARENS + END, false),
      // New Delhi, Aug 25 (PTI)   |   Paris (AFP) -   |   New Delhi [India], August 25 (ANI):
      new Form(TITLE + REGION + "(?:" + AT_DATE + ")?\\.? ?" + IN_PARENS + END, true),
      // Riyadh, August 25, 2021, SPA --   |   Tehran, IRNA --
      new Form("(?:" + CAPS.replace("place", "cplace") + "|" + TITLE + ")" + REGION + "(?:" + AT_DATE + ")?"
          + ",? (?<agency>\\p{Lu}[\\p{L}]{1,20}(?: \\p{Lu}[\\p{L}]{1,20})?)" + DASH, true),
      // ANKARA \u2013 Anadolu Agency   (a line of its own, or a dash after it)
      new Form("(?:" + CAPS.replace("place", "cplace") + "|" + TITLE + ")" + REGION + "\\s*(?:\u2014|\u2013|--| - )\\s*"
          + "(?<agency>\\p{Lu}[\\p{L}]{1,20}(?: \\p{Lu}[\\p{L}]{1,20}){0,2})(?:" + DASH + "|\\s*$)", true),
      // (Bloomberg) --   |   (ANSA) - ROME, AUG 25 -
      new Form(IN_PARENS + DASH + "(?:" + CAPS + AT_DATE + DASH + ")?", true),
      // BEIJING, Sept. 2 -   |  NEW DELHI, 2 September:
      new Form(CAPS + REGION + AT_DATE + DASH, false),
      // WASHINGTON —
      new Form(CAPS + REGION + "\\s*(?:\u2014|\u2013|--| - )\\s*", false));

  /**
   * What a dateline gives.
   *
   * @param dateline the place, day and text; null for an agency lead without a place ("(Bloomberg) --")
   * @param agency the agency's canonical name, or as written when no list knows it; or null
   * @param date the day with its year (written, or from the reference date), or null
   * @param text the dateline as written, stripped
   */
  public record Result(Dateline dateline, String agency, LocalDate date, String text) {}

  private DatelineParser() {}

  /**
   * @param paragraph the paragraph that may open with a dateline
   * @param reference the date used for the year when the dateline has none; may be null
   */
  public static Optional<Result> parse(String paragraph, LocalDate reference) {
    String head = paragraph.length() > 200 ? paragraph.substring(0, 200) : paragraph;
    for (Form form : FORMS) {
      Matcher m = form.pattern().matcher(head);
      if (m.find()) {
        Optional<Result> r = result(m, form, reference);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Result> result(Matcher m, Form form, LocalDate reference) {
    String written = group(m, "agency");
    String agency = written == null ? null : Agencies.standard().canonical(written).orElse(null);
    String text = m.group().strip();
    if (written != null && agency == null) {
      if (form.knownAgency() || !looksLikeAName(written) || text.endsWith(")")) {
        return Optional.empty();
      }
      agency = written.strip();
    }
    String place = firstNonNull(group(m, "place"), group(m, "cplace"));
    if (place == null && agency == null || place != null && (NOT_PLACES.contains(place) || agency == null && isAgency(place))) {
      return Optional.empty();
    }
    if (text.endsWith(")") && group(m, "month") == null && group(m, "month2") == null) {
      return Optional.empty(); // "Officials (Reuters) said": without a date, a dateline needs its dash
    }
    Day day = day(m, reference);
    Dateline dateline = place == null ? null : new Dateline(place, day.value(), text);
    return Optional.of(new Result(dateline, agency, day.date(), text));
  }

  /**
   * "SPA --" or "IRNA --" met after a place and a date (furniture before it): an agency's name with
   * only a dash is no place ("PETRA, Jordan (AP) \u2014" names its agency and stays a place).
   */
  private static boolean isAgency(String place) {
    return Agencies.standard().canonical(place).isPresent();
  }

  /**
   * An agency no list knows, as written before a dash or colon: one or two capitalised words
   * ("Pajhwok", "Ariana News"); longer names in parentheses are glosses ("NATO (North Atlantic ...)").
   */
  private static boolean looksLikeAName(String written) {
    String w = written.strip();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.split("\\s+").length <= 2;
  }

  /** The day a dateline names: its date when the year is known, and its TIMEX3 value. */
  private record Day(LocalDate date, String value) {
    static final Day NONE = new Day(null, null);
  }

  private static Day day(Matcher m, LocalDate reference) {
    String month = firstNonNull(group(m, "month"), group(m, "month2"));
    String day = firstNonNull(group(m, "day"), group(m, "day2"));
    if (month == null || day == null) {
      return Day.NONE;
    }
    Month mo = month(month);
    int d = Integer.parseInt(day);
    String year = group(m, "year");
    try {
      if (year != null) {
        LocalDate date = LocalDate.of(Integer.parseInt(year), mo, d);
        return new Day(date, date.toString());
      }
      LocalDate.of(2000, mo, d); // a leap year: checks the month and day alone
      if (reference == null) {
        return new Day(null, String.format(Locale.ROOT, "XXXX-%02d-%02d", mo.getValue(), d));
      }
      LocalDate date = LocalDate.of(reference.getYear(), mo, Math.min(d, mo.length(reference.isLeapYear())));
      date = date.isAfter(reference.plusDays(MAX_DAYS_AHEAD)) ? date.minusYears(1) : date;
      return date.getDayOfMonth() == d ? new Day(date, date.toString()) : Day.NONE;
    } catch (DateTimeException e) {
      return Day.NONE;
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

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
