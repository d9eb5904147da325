package org.dyad.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;

/**
 * Resolves the expressions that point back to a period named earlier in the same article, as
 * company and economic news writes them. After "third-quarter profit rose", "the quarter" and "the
 * latest period" are that quarter (the quarter named most often so far, the first on a tie: an aside
 * about another quarter does not move them), "the 1988 period" is the same quarter of 1988, and "from $2
 * million a year earlier" (or "the year-ago quarter") is that quarter one year before, when the
 * quarter was named in the same sentence or shortly before. "the quarter ended Sept. 30" is the
 * quarter holding that day, and "the fiscal year ended June 30" a twelve-month period
 * ({@code P1Y}) rather than a calendar year. "that day" and "that same year" are the day and the year of the
 * latest date named before them, and "the following year", "the next day", "the previous month" one
 * step after or before it (TimeML anchors them on the narrative's time, not the article's). For the
 * same reason a clock time or part of day that names no day ("was shot at 10 p.m.", "in the
 * morning") is on the last day named before it, not on the article date, and "the day" set off by
 * a comma right after a day ("on May 4, the day before the vote") restates that day. Without such
 * a reference the rules' own values stay ("a year ago" is the previous year, "the quarter" the
 * latest one completed).
 */
final class DocumentContext {
  /** How far back (in characters) a quarter still anchors "a year earlier" outside its sentence. */
  private static final int QUARTER_REACH = 400;
  /** How far (in characters) after a named period a time of day is still told in it. */
  private static final int NARRATIVE_REACH = 800;
  private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern YEAR_AGO = Pattern.compile(
      "^(?:(?:comparable |corresponding |same )?(?:quarter |period )?)?(?:a )?year (?:ago|earlier)"
          + "(?: (?:fiscal )?(?:quarter|period))?$|^last year's (?:quarter|period)$"
          + "|^(?:comparable|corresponding|same) (?:quarter|period) (?:a year ago|last year)$");
  private static final Pattern QUARTER_WORD = Pattern.compile("(?i)\\b(?:quarter|quarterly|period)\\b");
  private static final Pattern BARE_QUARTER = Pattern.compile(
      "^(?:quarter|(?:latest|most recent) (?:quarter|period))$");
  private static final Pattern YEAR_PERIOD = Pattern.compile("^(\\d{4}) (?:quarter|period)$");
  private static final Pattern ENDED = Pattern.compile("^\\s+end(?:ed|ing)\\s+(\\w{3,9}\\.? \\d{1,2}\\b)");
  private static final Pattern FISCAL_YEAR = Pattern.compile("^(?:fiscal )?year$");
  private static final Pattern ANAPHORIC = Pattern.compile(
      "^(?:that|same|that same) (day|week|month|year|morning|afternoon|evening|night)$");
  private static final Pattern SEQUEL = Pattern.compile(
      "(?i)^the (following|next|previous|preceding) (day|week|month|year|morning|afternoon|evening|night)[\\s.,;:]*$"
          + "|^the (day|morning|evening|night) (before|after)[\\s.,;:]*$");
  private static final Pattern DATE_VALUE = Pattern.compile("^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$");
  /** A clock time or part of day naming no day: "10 p.m.", "about 6:15 a.m. EST", "noon", "the morning". */
  private static final Pattern CLOCK_ONLY = Pattern.compile(
      "^(?:(?:about|around|at|shortly|just|before|after) )*"
          + "(?:\\d{1,2}(?:[:.]\\d{2})? ?(?:a\\.?m\\.?|p\\.?m\\.?|o'clock)"
          + "(?: [a-z]{2,4})?|\\d{1,2} in the (?:morning|afternoon|evening)|noon|midnight|midday"
          + "|(?:the )?(?:early |late )?(?:morning|afternoon|evening)|overnight)$");
  /** Only a comma between a date and "the day" that restates it: "on May 4, the day before the vote". */
  private static final Pattern APPOSITION = Pattern.compile("^\\s*,\\s*$");
  private static final Pattern DAY_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})T.+$");
  private static final java.util.Map<String, String> PARTS = java.util.Map.of(
      "morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");
  private static final FutureTenseDetector TENSES = new FutureTenseDetector();

  /** The mentions with back references filled in from the article's earlier mentions. */
  List<DateMention> resolve(List<DateMention> mentions, String text, LocalDate anchor, Annotation annotation) {
    if (anchor == null) {
      return mentions;
    }
    Walk walk = new Walk(text, anchor, annotation);
    List<DateMention> out = new ArrayList<>(mentions.size());
    for (DateMention m : mentions) {
      out.add(walk.next(m));
    }
    return out;
  }

  /** The state of one pass over an article's mentions in text order. */
  private static final class Walk {
    private final String text;
    private final LocalDate anchor;
    private final Annotation annotation;
    private final FutureTenseDetector tense = TENSES;
    /** The quarter the article reports on, which its back references name: see {@link #mainQuarter}. */
    private String lastQuarter;
    /** How often each quarter was named so far, in the order first named. */
    private final java.util.LinkedHashMap<String, Integer> quarters = new java.util.LinkedHashMap<>();

    /**
     * The quarter named most often so far, the first named on a tie: results copy names its own
     * quarter again and again, and an aside ("after a flat second quarter") does not change what
     * "the year-earlier period" means.
     */
    private String mainQuarter() {
      String best = null;
      for (java.util.Map.Entry<String, Integer> e : quarters.entrySet()) {
        if (best == null || e.getValue() > quarters.get(best)) {
          best = e.getKey();
        }
      }
      return best;
    }
    private int lastQuarterEnd = -1;
    private String lastDate;
    private int lastEnd = -1;

    Walk(String text, LocalDate anchor, Annotation annotation) {
      this.text = text;
      this.anchor = anchor;
      this.annotation = annotation;
    }

    DateMention next(DateMention m) {
      DateMention out = resolveOne(m);
      lastEnd = m.end();
      return out;
    }

    private DateMention resolveOne(DateMention m) {
      String phrase = PhraseCleaner.clean(m.text());
      Matcher back = ANAPHORIC.matcher(phrase);
      if (back.matches()) {
        // "that morning" points back to the narrative's day; with none named, or only a coarser
        // period ("In 2009 ... that evening"), the day is unknown, never the article's.
        return withValue(m, lastDate == null ? null : pointBack(lastDate, back.group(1)));
      }
      if (phrase.equals("day") && lastDate != null && lastDate.length() == 10 && lastEnd >= 0
          && APPOSITION.matcher(text.substring(lastEnd, m.start())).matches()) {
        return with(m, lastDate);
      }
      Matcher sequel = SEQUEL.matcher(m.text().strip());
      if (sequel.matches()) {
        return sequel(m, sequel);
      }
      if (FISCAL_YEAR.matcher(phrase).matches() && endedOn(m) != null) {
        return new DateMention(m.start(), m.end(), m.text(), "DURATION", "P1Y");
      }
      DateMention resolved = onLastDay(quarterOf(m, phrase), phrase);
      if (resolved.value() != null && DATE_VALUE.matcher(resolved.value()).matches()
          && resolved.type().equals("DATE")) {
        lastDate = resolved.value();
      }
      Matcher day = resolved.value() == null ? null : DAY_TIME.matcher(resolved.value());
      if (day != null && day.matches() && resolved.type().equals("TIME")) {
        lastDate = day.group(1);
      }
      return resolved;
    }

    /**
     * "the next morning", "the following year", "the day before": one step from the last date
     * named. With none named before, a step forward in a past-tense clause ("the next day, he was
     * freed") is from a day the text does not give, and with only a coarser period named ("In 2009
     * ... the next morning") the day is unknown too: the value is null, never a day after the
     * article date.
     */
    private DateMention sequel(DateMention m, Matcher sequel) {
      String direction = sequel.group(1) != null ? sequel.group(1) : sequel.group(4);
      String unit = (sequel.group(2) != null ? sequel.group(2) : sequel.group(3)).toLowerCase(Locale.ROOT);
      int step = List.of("previous", "preceding", "before").contains(direction.toLowerCase(Locale.ROOT)) ? -1 : 1;
      if (lastDate == null) {
        boolean unknown = step > 0 && tense.tense(annotation, m.start(), m.end()) < 0;
        return unknown ? withValue(m, null) : m;
      }
      String value = stepFrom(lastDate, unit, step);
      if (value != null && !value.startsWith("W", 5)) {
        lastDate = value.substring(0, Math.min(10, value.length()));
      }
      return withValue(m, value);
    }

    /**
     * A clock time that names no day ("was shot at 10 p.m.") is on the day the narrative is at, the
     * last day named before it, rather than on the article date.
     */
    private DateMention onLastDay(DateMention m, String phrase) {
      if (lastDate == null || m.value() == null || !m.type().equals("TIME")
          || !CLOCK_ONLY.matcher(phrase.toLowerCase(Locale.ROOT)).matches()) {
        return m;
      }
      Matcher day = DAY_TIME.matcher(m.value());
      if (!day.matches() || !day.group(1).equals(anchor.toString())) {
        return m;
      }
      if (lastDate.length() != 10) {
        return inOlderPeriod(m) ? withValue(m, null) : m;
      }
      return new DateMention(m.start(), m.end(), m.text(), "TIME", lastDate + m.value().substring(10));
    }

    /**
     * A past-tense time of day shortly after a named period that does not hold the article date
     * ("In 2009 she was arrested ... in the morning"): the narrative's day, which the text does not give.
     */
    private boolean inOlderPeriod(DateMention m) {
      return m.start() - lastEnd <= NARRATIVE_REACH && !anchor.toString().startsWith(lastDate)
          && tense.tense(annotation, m.start(), m.end()) < 0;
    }

    private DateMention quarterOf(DateMention m, String phrase) {
      if (YEAR_AGO.matcher(phrase).matches()) {
        boolean inSight = phrase.contains("quarter") || phrase.contains("period")
            || m.start() - lastQuarterEnd <= QUARTER_REACH || QUARTER_WORD.matcher(sentenceOf(m)).find();
        return lastQuarter != null && inSight ? with(m, shift(lastQuarter, -1)) : m;
      }
      Matcher year = YEAR_PERIOD.matcher(phrase);
      if (year.matches() && lastQuarter != null) {
        return with(m, year.group(1) + lastQuarter.substring(4));
      }
      DateMention resolved = m;
      if (BARE_QUARTER.matcher(phrase).matches()) {
        String ended = endedQuarter(m);
        resolved = ended != null ? with(m, ended) : lastQuarter != null ? with(m, lastQuarter) : m;
      }
      if (resolved.value() != null && QUARTER_VALUE.matcher(resolved.value()).matches()) {
        quarters.merge(resolved.value(), 1, Integer::sum);
        lastQuarter = mainQuarter();
        lastQuarterEnd = m.end();
      }
      return resolved;
    }

      /**
     * "the quarter ended Sept. 30": the calendar quarter holding most of the three months up to
     * that day ("ended July 31" is the second), or null.
     */
    private String endedQuarter(DateMention m) {
      LocalDate end = endedOn(m);
      return end == null ? null : CalendarUnit.QUARTER.format(end.minusDays(45));
    }

    /** The day in "... ended Sept. 30" / "... ending June 30" right after the mention, or null. */
    private LocalDate endedOn(DateMention m) {
      Matcher e = ENDED.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
      if (!e.find()) {
        return null;
      }
      return DateRules.standard().resolve(e.group(1), anchor, false)
          .map(TimexValue::value)
          .filter(v -> v != null && v.matches("\\d{4}-\\d{2}-\\d{2}"))
          .map(LocalDate::parse)
          .orElse(null);
    }

    /** The sentence holding the mention, or a window of text around it without sentences. */
    private String sentenceOf(DateMention m) {
      Sentence s = annotation.sentenceAt(m.start());
      if (s != null) {
        return text.substring(s.start(), Math.min(text.length(), s.end()));
      }
      return text.substring(Math.max(0, m.start() - 150), Math.min(text.length(), m.end() + 150));
    }
  }

  /** The period of the given unit holding an earlier date, when the date is that fine. */
  private static String pointBack(String date, String unit) {
    return switch (unit) {
      case "year" -> date.substring(0, 4);
      case "month" -> date.length() >= 7 ? date.substring(0, 7) : null;
      case "week" -> date.length() == 10 ? CalendarUnit.week(LocalDate.parse(date)) : null;
      case "day" -> date.length() == 10 ? date : null;
      default -> date.length() == 10 ? date + PARTS.get(unit) : null;
    };
  }

  /** The period of the given unit one step before or after an earlier date, when the date is that fine. */
  private static String stepFrom(String date, String unit, int step) {
    return switch (unit) {
      case "year" -> String.format(Locale.ROOT, "%04d", Integer.parseInt(date.substring(0, 4)) + step);
      case "month" -> date.length() >= 7 ? java.time.YearMonth.parse(date.substring(0, 7)).plusMonths(step).toString() : null;
      case "week" -> date.length() == 10 ? CalendarUnit.week(LocalDate.parse(date).plusWeeks(step)) : null;
      case "day" -> date.length() == 10 ? LocalDate.parse(date).plusDays(step).toString() : null;
      default -> date.length() == 10 ? LocalDate.parse(date).plusDays(step) + PARTS.get(unit) : null;
    };
  }

  private static DateMention with(DateMention m, String value) {
    return new DateMention(m.start(), m.end(), m.text(), "DATE", value);
  }

  /** The mention with a value from the narrative: a TIME for a part of a day, else a DATE; null when unknown. */
  private static DateMention withValue(DateMention m, String value) {
    String type = value == null ? m.type() : value.contains("T") ? "TIME" : "DATE";
    return new DateMention(m.start(), m.end(), m.text(), type, value);
  }

  private static String shift(String quarter, int years) {
    Matcher q = QUARTER_VALUE.matcher(quarter);
    if (!q.matches()) {
      throw new IllegalArgumentException("not a quarter: " + quarter);
    }
    return String.format(Locale.ROOT, "%04d-Q%s", Integer.parseInt(q.group(1)) + years, q.group(2));
  }
}
