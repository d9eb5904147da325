package org.dyad.core.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths with a decimal or a large count: "3.2 years" is {@code P3.2Y} (ISO 8601 lets the
 * smallest unit carry a decimal fraction), "1.5 years" {@code P1Y6M} and "2.5 hours"
 * {@code PT2H30M} (a half written in the next unit, as "2 1/2 years" is), "13.8 billion years"
 * {@code P13800000000Y}, "15,000 years" {@code P15000Y}, "2.5 decades" {@code P25Y}, "a
 * quarter-century" {@code P25Y}.
 */
final class FractionRule implements TimexRule {
  /** After {@link PhraseCleaner}: "15,000" is "15 000", "13.8-billion-year" is "13.8 billion year". */
  private static final Pattern LENGTH = Pattern.compile(
      "^(?:(past|last|next|first|over) )?(\\d{1,3}(?: \\d{3})+|\\d+\\.\\d+|\\d+(?= (?:thousand|million|billion)))"
          + "(?: (thousand|million|billion))? (second|minute|hour|day|week|month|year|decade|century)s?"
          + "(?: (?:long|old|running))?$");

  private static final Pattern PART_OF_CENTURY = Pattern.compile("^(?:a )?(quarter|half) century$");

  @Override
  public Optional<TimexValue> apply(String phrase, LocalDate anchor, boolean future) {
    Matcher part = PART_OF_CENTURY.matcher(phrase);
    if (part.matches()) {
      return Optional.of(TimexValue.duration(part.group(1).equals("quarter") ? "P25Y" : "P50Y"));
    }
    Matcher m = LENGTH.matcher(phrase);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal n = new BigDecimal(m.group(2).replace(" ", ""));
    if (m.group(3) != null) {
      n = n.multiply(switch (m.group(3)) {
        case "thousand" -> BigDecimal.valueOf(1_000);
        case "million" -> BigDecimal.valueOf(1_000_000);
        default -> BigDecimal.valueOf(1_000_000_000);
      });
    }
    String unit = m.group(4);
    if (unit.equals("decade") || unit.equals("century")) {
      n = n.multiply(BigDecimal.valueOf(unit.equals("decade") ? 10 : 100));
      unit = "year";
    }
    return Optional.of(TimexValue.duration(value(n.stripTrailingZeros(), unit)));
  }

  private static String value(BigDecimal n, String unit) {
    boolean clock = unit.equals("hour") || unit.equals("minute") || unit.equals("second");
    String letter = unit.equals("minute") ? "M" : unit.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
    String prefix = clock ? "PT" : "P";
    BigDecimal whole = new BigDecimal(n.toBigInteger());
    if (n.subtract(whole).compareTo(new BigDecimal("0.5")) == 0) {
      String half = switch (unit) {
        case "year" -> "6M";
        case "day" -> "T12H";
        case "hour" -> "30M";
        case "minute" -> "30S";
        default -> null;
      };
      if (half != null) {
        return prefix + whole.toPlainString() + letter + half;
      }
    }
    return prefix + n.toPlainString() + letter;
  }
}
