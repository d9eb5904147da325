package org.dyad.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;

/**
 * The day a period "ended" on has passed: "the fiscal year ended Jan. 31" in a November article is
 * last January's, "the quarter ended Oct. 31" in an October article last year's. {@link
 * YearWindow} looks up to three months ahead; "ended" moves such a date a year back. The tense of
 * the clause alone does not: a past act often sets a day ahead ("declared a dividend payable Dec.
 * 15", "extended the offer to Nov. 20").
 */
final class PassedDays {
  private static final Pattern VALUE = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?$");
  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\d{4}|'\\d{2}\\b");
  private static final Pattern MONTH = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");
  private static final Pattern ENDED = Pattern.compile("(?i)\\bended(?: on)?\\s+$");

  private PassedDays() {}

  /** The mention moved a year back when it follows "ended", names a month without a year and lies after the article date. */
  static DateMention inThePast(DateMention m, String text, LocalDate anchor) {
    if (!ENDED.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
      return m;
    }
    Matcher v = m.value() == null || anchor == null ? null : VALUE.matcher(m.value());
    if (v == null || !v.matches() || !m.type().equals("DATE") || WRITTEN_YEAR.matcher(m.text()).find()
        || !MONTH.matcher(m.text().toLowerCase(Locale.ROOT)).find()) {
      return m;
    }
    int year = Integer.parseInt(v.group(1));
    int month = Integer.parseInt(v.group(2));
    boolean ahead = v.group(3) == null
        ? YearMonth.of(year, month).isAfter(YearMonth.from(anchor))
        : LocalDate.parse(m.value()).isAfter(anchor);
    if (!ahead) {
      return m;
    }
    String earlier = String.format(Locale.ROOT, "%04d", year - 1) + m.value().substring(4);
    if (v.group(3) != null && earlier.endsWith("-02-29")) {
      return m;
    }
    return new DateMention(m.start(), m.end(), m.text(), m.type(), earlier, m.mod());
  }
}
