package org.dyad.core.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years, fiscal years and decades.
 *
 * <p>Fiscal years ("fiscal 2021", "FY2021", "fiscal '21", "the 2021 fiscal year") are written as
 * the plain year {@code 2021}. TIMEX2 had {@code FY2021}, but TIMEX3 has no fiscal form and the
 * TempEval-3 gold writes "fiscal 1989" as {@code 1989}; the year named is the honest value, since
 * fiscal calendars differ between companies and countries. "the current fiscal year" is the
 * article's year, "last fiscal year" the one before.
 *
 * <p>Centuries are the TIMEX3 two-digit form: "the 20th century" is {@code 19}. "year-end" is the
 * article's year. "that day", "that same year" point back to a date named
 * before; the rule only recognises them (value null) and {@link DocumentContext} fills them in.
 *
 * <p>Decades are the TIMEX3 three-digit form: "the 1990s", "the '90s" and "the nineties" (the
 * last two placed in the latest century not after the article date) are {@code 199}.
 */
final class YearRule implements TimexRule {
  private static final Pattern YEAR = Pattern.compile("^(?:year )?((?:1[0-9]|20)\\d\\d)$");
  private static final Pattern FISCAL = Pattern.compile(
      "^(?:fiscal (?:year )?|fy ?)('?\\d{2}|\\d{4})$|^(\\d{4}) fiscal year$");
  private static final Pattern FISCAL_DEICTIC = Pattern.compile(
      "^(?:(last|this|current|next|previous) )?fiscal year$");
  private static final Pattern CENTURY = Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th) century$");
  private static final Pattern YEAR_END = Pattern.compile("^year(?:'s)? end$");
  private static final Pattern ANAPHORIC = Pattern.compile("^(?:that|same|that same) (?:day|week|month|year)$");
  private static final Pattern DECADE = Pattern.compile("^(1[0-9]|20)(\\d)0'?s$|^'(\\d)0s$");
  private static final java.util.List<String> DECADE_WORDS = java.util.List.of("twenties", "thirties",
      "forties", "fifties", "sixties", "seventies", "eighties", "nineties");

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    Matcher m = YEAR.matcher(phrase);
    if (m.matches()) {
      return Optional.of(TimexValue.date(m.group(1)));
    }
    m = FISCAL.matcher(phrase);
    if (m.matches()) {
      String y = m.group(1) != null ? m.group(1).replace("'", "") : m.group(2);
      return Optional.of(TimexValue.date(y.length() == 4 ? y : fullYear(y, anchor)));
    }
    m = FISCAL_DEICTIC.matcher(phrase);
    if (m.matches()) {
      return Optional.of(TimexValue.date(anchor == null ? null : fiscalDeictic(m.group(1), anchor)));
    }
    m = CENTURY.matcher(phrase);
    if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
      return Optional.of(TimexValue.date(String.format("%02d", Integer.parseInt(m.group(1)) - 1)));
    }
    if (YEAR_END.matcher(phrase).matches()) {
      return Optional.of(TimexValue.date(anchor == null ? null : String.format("%04d", anchor.getYear())));
    }
    if (ANAPHORIC.matcher(phrase).matches()) {
      return Optional.of(TimexValue.date(null));
    }
    int spelled = DECADE_WORDS.indexOf(phrase);
    if (spelled >= 0) {
      return Optional.of(TimexValue.date(shortDecade(String.valueOf(spelled + 2), anchor)));
    }
    m = DECADE.matcher(phrase);
    if (m.matches()) {
      return Optional.of(TimexValue.date(m.group(1) != null
          ? m.group(1) + m.group(2) : shortDecade(m.group(3), anchor)));
    }
    return Optional.empty();
  }

  private static String fiscalDeictic(String modifier, LocalDate anchor) {
    int offset = modifier == null ? 0 : switch (modifier) {
      case "last", "previous" -> -1;
      case "next" -> 1;
      default -> 0;
    };
    return String.format("%04d", anchor.getYear() + offset);
  }

  /** A two-digit year in the century that puts it nearest the article date (2000s without one). */
  private static String fullYear(String twoDigits, LocalDate anchor) {
    int yy = Integer.parseInt(twoDigits);
    int base = anchor == null ? 2000 : anchor.getYear() - Math.floorMod(anchor.getYear(), 100);
    int year = base + yy;
    if (anchor != null && year > anchor.getYear() + 50) {
      year -= 100;
    } else if (anchor != null && year < anchor.getYear() - 50) {
      year += 100;
    }
    return String.valueOf(year);
  }

  private static String shortDecade(String digit, LocalDate anchor) {
    if (anchor == null) {
      return null;
    }
    int decade = anchor.getYear() / 10;
    int candidate = decade - Math.floorMod(decade, 10) + Integer.parseInt(digit);
    return String.valueOf(candidate > decade ? candidate - 10 : candidate);
  }
}
