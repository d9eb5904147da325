package org.dyad.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;

/**
 * A weekday joined to a plural one shares its head: in "on Monday and Tuesday nights" the plural
 * "nights" belongs to both days, so "Monday" is every Monday night ({@code XXXX-WXX-1TNI}) as
 * "Tuesday nights" is every Tuesday night, not last Monday.
 */
final class CoordinatedDays {
  private static final Pattern WEEKDAY = Pattern.compile("(?i)^" + WeekdayRule.DAY_NAMES + "$");
  private static final Pattern JOIN = Pattern.compile("^(?:,?\\s+(?:and|or)\\s+|,\\s+)$");
  private static final Pattern EVERY_DAY = Pattern.compile("^XXXX-WXX-[1-7](T[A-Z]{2})?$");

  private CoordinatedDays() {}

  /** The mentions, sorted and without overlaps, with each weekday before a plural one made a SET like it. */
  static List<DateMention> share(List<DateMention> mentions, String text) {
    List<DateMention> out = new ArrayList<>(mentions);
    for (int i = out.size() - 2; i >= 0; i--) {
      DateMention day = out.get(i);
      DateMention plural = out.get(i + 1);
      Matcher every = plural.value() == null ? null : EVERY_DAY.matcher(plural.value());
      if (every == null || !plural.type().equals("SET") || !every.matches() || !WEEKDAY.matcher(day.text().strip()).matches()
          || !JOIN.matcher(text.substring(day.end(), plural.start())).matches()) {
        continue;
      }
      String part = every.group(1) == null ? "" : every.group(1);
      String value = "XXXX-WXX-" + WeekdayRule.dayOf(day.text().strip().toLowerCase(java.util.Locale.ROOT)).getValue() + part;
      out.set(i, new DateMention(day.start(), day.end(), day.text(), "SET", value, day.mod()));
    }
    return out;
  }
}
