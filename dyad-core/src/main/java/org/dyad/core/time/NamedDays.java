package org.dyad.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;

/**
 * Days named with a weekday ({@code named-days.tsv}): "Black Friday" is the day after US
 * Thanksgiving and "Good Friday" two days before Easter, not the nearest Friday; "Bloody Sunday" or
 * "Super Tuesday" name a day in history or a custom, which the article date cannot give, and are
 * no time expression of their own. A named day takes the year written with it ("Cyber Monday this
 * year", "Black Friday 2019"), else the year that {@link YearWindow} gives its month and day (the
 * one in the article's year), so Black Friday in a December article is last month's.
 */
final class NamedDays {
  private static final Map<String, String> RULES = TwoColumns.load("named-days.tsv", v -> v.equals("-") || v.matches("^(thanksgiving|easter)[+-]\\d+$"));
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?"
          + "(?:,?\\s+(?:of\\s+)?(?:(this|next|last)\\s+year|(\\d{4})))?$");
  private static final Pattern RULE = Pattern.compile("^(thanksgiving|easter)([+-]\\d+)$");
  private static final Pattern WORDS_BEFORE = Pattern.compile("((?:\\p{L}+\\s+){1,2})$");

  private NamedDays() {}

  /** The mentions with named days resolved (their span widened to the name) and names of history dropped. */
  static List<DateMention> resolve(List<DateMention> mentions, String text, LocalDate anchor, Predicate<DateMention> future) {
    List<DateMention> out = new ArrayList<>(mentions.size());
    for (DateMention m : mentions) {
      Optional<Named> named = named(m, text);
      if (named.isEmpty()) {
        out.add(m);
        continue;
      }
      String rule = RULES.get(named.get().name());
      if (!rule.equals("-")) {
        Integer year = named.get().year() == null || anchor == null && !named.get().year().matches("\\d{4}")
            ? null : yearOf(named.get().year(), anchor);
        String value = year != null ? day(rule, year).toString()
            : anchor == null ? null : value(rule, anchor, future.test(m)).toString();
        int start = named.get().start();
        out.add(new DateMention(start, m.end(), text.substring(start, m.end()), "DATE", value));
      }
    }
    return out;
  }

  /** A name, where it starts and the year written after it ("this", "next", "last" or digits), or null. */
  private record Named(String name, int start, String year) {}

  /** "Cyber Monday this year", "Black Friday 2019": the year written with the name. */
  private static int yearOf(String year, LocalDate anchor) {
    return switch (year) {
      case "this" -> anchor.getYear();
      case "next" -> anchor.getYear() + 1;
      case "last" -> anchor.getYear() - 1;
      default -> Integer.parseInt(year);
    };
  }

  private static Optional<Named> named(DateMention m, String text) {
    String phrase = m.text().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Matcher day = WEEKDAY.matcher(phrase);
    if (RULES.containsKey(phrase)) {
      return Optional.of(new Named(phrase, m.start(), null));
    }
    if (!day.matches()) {
      return Optional.empty();
    }
    Matcher before = WORDS_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
    if (!before.find()) {
      return Optional.empty();
    }
    String[] words = before.group(1).strip().split("\\s+");
    for (int n = Math.min(2, words.length); n >= 1; n--) {
      String lead = String.join(" ", List.of(words).subList(words.length - n, words.length));
      String name = lead.toLowerCase(Locale.ROOT) + " " + day.group(1).toLowerCase(Locale.ROOT);
      if (RULES.containsKey(name) && Character.isUpperCase(lead.charAt(0))) {
        String year = day.group(2) != null ? day.group(2).toLowerCase(Locale.ROOT) : day.group(3);
        return Optional.of(new Named(name, m.start() - before.group(1).length() + before.group(1).indexOf(lead), year));
      }
    }
    return Optional.empty();
  }

  private static LocalDate value(String rule, LocalDate anchor, boolean future) {
    LocalDate here = day(rule, anchor.getYear());
    int year = YearWindow.yearOf(here.getMonthValue(), here.getDayOfMonth(), anchor, future);
    return year == anchor.getYear() ? here : day(rule, year);
  }

  /** The day a rule gives in a year. */
  static LocalDate day(String rule, int year) {
    Matcher r = RULE.matcher(rule);
    if (!r.matches()) {
      throw new IllegalArgumentException("not a named-day rule: " + rule);
    }
    int shift = Integer.parseInt(r.group(2));
    LocalDate base = r.group(1).equals("thanksgiving")
        ? LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
        : easter(year);
    return base.plusDays(shift);
  }

  /** Western Easter Sunday (the anonymous Gregorian computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
