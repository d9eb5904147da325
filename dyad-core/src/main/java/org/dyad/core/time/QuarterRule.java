package org.dyad.core.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters and halves: "the second quarter" ({@code 2021-Q2}), "third-quarter", "Q3 2021", "the
 * 2020 fourth quarter", "the fiscal first quarter", "the first half of 2021" ({@code 2021-H1}), "the
 * last half" ({@code H2}), "the first two quarters of 2020" ({@code 2020-H1}).
 * Without a year a quarter is the latest one begun by the article date; in a future-tense clause a
 * quarter two or more before the current one is next year's (a quarter just ended is still
 * reported on: "will report third-quarter results" in October). a half without a year is in the article's year. Fiscal quarters are
 * written as calendar quarters, as in TimeBank. "last quarter" belongs to {@link RelativeUnitRule}.
 */
final class QuarterRule implements TimexRule {
  private static final String ORDINAL = "(first|second|third|fourth|final|1st|2nd|3rd|4th)";
  private static final Pattern QUARTER = Pattern.compile(
      "^(?:(\\d{4}) )?(?:fiscal )?" + ORDINAL + " (?:fiscal )?quarter(?: (?:of )?(?:fiscal )?(\\d{4}))?$");
  private static final Pattern Q_FORM = Pattern.compile("^(?:(\\d{4}) )?q([1-4])(?: (\\d{4}))?$");
  private static final Pattern LATEST = Pattern.compile(
      "^(?:(?:latest|most recent) )?(?:fiscal )?quarter$|^(?:latest|most recent) (?:fiscal )?period$");
  private static final Pattern YEAR_AGO = Pattern.compile(
      "^(?:(?:comparable|corresponding|same) )?(?:(?:a )?year (?:ago|earlier)|last year's) (?:" + ORDINAL
          + " )?(?:fiscal )?(?:quarter|period)$"
          + "|^(?:comparable|corresponding|same) (?:quarter|period) (?:a year ago|last year)$");
  private static final Pattern YEAR_PERIOD = Pattern.compile("^(\\d{4}) (?:fiscal )?(?:quarter|period)$");
  private static final Pattern HALF = Pattern.compile(
      "^(?:(\\d{4}) )?(first|second|1st|2nd|last|latter) half(?: (?:of )?(\\d{4}))?$");
  /** TIMEX3 has no half of a decade: "the last half of the '80s" is the decade ({@code 198}). */
  private static final Pattern DECADE_HALF = Pattern.compile(
      "^(?:first|second|1st|2nd|last|latter) half of (?:the )?(.+s)$");
  private static final YearRule DECADES = new YearRule();
  /** "the first two quarters of 2020" is exactly that year's first half. */
  private static final Pattern TWO_QUARTERS = Pattern.compile("^(first|last) two quarters(?: of (\\d{4}))?$");

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    Matcher m = QUARTER.matcher(phrase);
    if (m.matches()) {
      return Optional.of(quarter(ordinal(m.group(2)), year(m.group(1), m.group(3)), anchor, future));
    }
    m = Q_FORM.matcher(phrase);
    if (m.matches()) {
      int q = Integer.parseInt(m.group(2));
      return Optional.of(quarter(q, year(m.group(1), m.group(3)), anchor, future));
    }
    m = LATEST.matcher(phrase);
    if (m.matches()) {
      return Optional.of(TimexValue.date(anchor == null ? null : latest(anchor, future, 0)));
    }
    m = YEAR_AGO.matcher(phrase);
    if (m.matches()) {
      if (anchor == null) {
        return Optional.of(TimexValue.date(null));
      }
      return Optional.of(TimexValue.date(m.group(1) == null ? latest(anchor, false, -1)
          : String.format("%04d-Q%d", anchor.getYear() - 1, ordinal(m.group(1)))));
    }
    m = YEAR_PERIOD.matcher(phrase);
    if (m.matches()) {
      return Optional.of(TimexValue.date(m.group(1)));
    }
    m = HALF.matcher(phrase);
    if (m.matches()) {
      String year = year(m.group(1), m.group(3));
      if (year == null && anchor != null) {
        year = String.format("%04d", anchor.getYear());
      }
      return Optional.of(TimexValue.date(year == null ? null : year + "-H" + half(m.group(2))));
    }
    m = TWO_QUARTERS.matcher(phrase);
    if (m.matches()) {
      String year = m.group(2) != null ? m.group(2) : anchor == null ? null : String.valueOf(anchor.getYear());
      return Optional.of(TimexValue.date(year == null ? null : year + "-H" + half(m.group(1))));
    }
    m = DECADE_HALF.matcher(phrase);
    if (m.matches()) {
      return DECADES.apply(m.group(1), anchor, future).filter(v -> v.value() == null || v.value().length() == 3);
    }
    return Optional.empty();
  }

  private static TimexValue quarter(int q, String year, LocalDate anchor, boolean future) {
    if (year != null) {
      return TimexValue.date(year + "-Q" + q);
    }
    if (anchor == null) {
      return TimexValue.date(null);
    }
    int current = anchor.get(IsoFields.QUARTER_OF_YEAR);
    int y = anchor.getYear();
    if (future && q < current - 1) {
      y++;
    } else if (!future && q > current) {
      y--;
    }
    return TimexValue.date(String.format("%04d-Q%d", y, q));
  }

  /**
   * The quarter a bare "the quarter" means: the latest one completed by the article date (company
   * results are reported after the quarter ends), the current one in a future-tense clause;
   * moved by {@code years}.
   */
  private static String latest(LocalDate anchor, boolean future, int years) {
    LocalDate day = future ? anchor : anchor.minusMonths(3);
    return String.format("%04d-Q%d", day.getYear() + years, day.get(IsoFields.QUARTER_OF_YEAR));
  }

  private static String year(String before, String after) {
    return before != null ? before : after;
  }

  private static int half(String word) {
    return word.equals("last") || word.equals("latter") ? 2 : ordinal(word);
  }

  private static int ordinal(String word) {
    return switch (word) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      default -> 4;
    };
  }
}
