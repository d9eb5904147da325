package org.dyad.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * Drops what TimeML does not mark as a time expression, although an annotator or a pattern
 * proposed it:
 *
 * <ul>
 *   <li>ages: "a 6-year-old boy", "Smith, 52 years old" describe a person or thing, not a time;
 *   <li>fragments with no time word at all ("ended" cut out of "the quarter ended Sept. 30");
 *   <li>numbers that are not years: "AK-47", "a 6-3 vote", the chip "8088", "0735 GMT";
 *   <li>attributive adjectives: "annual meeting", "quarterly dividend", "future earnings",
 *       "morning talk show", "winter supplies" ("in the future" and "paid quarterly" stay; "daily" stays too, since
 *       TimeBank marks it as a SET even before a noun);
 *   <li>words in another sense: "once", "previously", "formerly", "former", and bare "present",
 *       "past" and "time" ("be present", "continue past the deadline", "at the time");
 *   <li>amounts measured in time: "a bonus of six months of base pay", "three months' imports";
 *   <li>rates and shares: "400 cars a day", "$2 million a year", "sales to rise 8% annually", "a quarter of the town"
 *       ("briefs reporters weekly", with no amount, is a SET);
 *   <li>no period: "quarter-to-quarter", "quarter-century", "the early hours of" a day;
 *   <li>titles in quotation marks ("Late Night"), "a second" as an ordinal ("a second group", "early in the
 *       second half"), "the future of"
 *       something (its prospects),
 *       bare singular units read as durations ("his day in court"), and lower-case "march" and
 *       "may" (the noun and the verb).
 * </ul>
 */
final class NonMarkables {
  private static final Pattern AGE_AFTER = Pattern.compile("^(?:[-\u2010\u2011 ]old\\b|s[-\u2010\u2011 ]old\\b)");
  private static final Pattern AGE_INSIDE = Pattern.compile(
      "(?i)\\b(?:year|month|week|day)s?[-\u2010\u2011 ]old$");
  private static final Pattern DIGITS = Pattern.compile("^\\d+$");
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final Pattern COUNT = Pattern.compile("(?i)^(?:(?:about|around|some|nearly|almost|roughly) )?(?:\\d+(?:\\.\\d+)?|"
      + NumberWords.PATTERN + ")$");
  private static final Pattern YEAR = Pattern.compile("^(?:1\\d{3}|20\\d{2})$");
  private static final Set<String> ATTRIBUTIVE = Set.of("annual", "annually", "quarterly", "yearly",
      "future", "morning", "afternoon", "evening", "night", "spring", "summer", "autumn", "winter");
  private static final Set<String> NON_TEMPORAL_SENSES = Set.of(
      "once", "previously", "formerly", "former", "present", "past", "time");
  private static final Set<String> RATE_HEADS = Set.of("CD", "NNS", "NN", "$");
  /** "early in the second half": the span ends at an ordinal whose noun follows it, no unit of time. */
  private static final Pattern ORDINAL_END = Pattern.compile("\\b(?:the|its|their|his|her) second$");
  /** "six months of base pay", "three months' imports": an amount of money or goods, measured in time. */
  private static final Pattern WORTH = Pattern.compile("(?i)(?:'|’|\\s+of)\\s+(?:(?:his|her|their|its|base|basic|annual|gross|net|"
      + "normal|regular|full|the) )*(?:pay|salary|salaries|wages?|income|rent|severance|pension|imports|exports|supplies|"
      + "food|fuel|reserves?)\\b");
  private static final Pattern SHARED_PART = Pattern.compile("^(?:\\d{4}|XXXX)-[QH]\\d$");
  private static final Pattern ORDINAL = Pattern.compile("(?i)^(?:first|second|third|fourth)$");
  private static final Set<String> AMOUNT_TAGS = Set.of("CD", "$");
  /** Verbs of growth and decline, whose frequency word is a rate ("doubled its sales annually"). */
  private static final Pattern CHANGE = Pattern.compile(
      "(?:doubl|tripl|ris|rose|grow|grew|increas|rais|fall|fell|declin|expand|shrink|shrank|gain|climb|drop|cut|boost)");
  private static final Pattern RATE = Pattern.compile("^(?:a|an|per) (?:second|minute|hour|day|night|week|month|year)$");
  private static final Pattern RATE_ADVERB = Pattern.compile("^(?:annually|yearly|quarterly|monthly|weekly|daily|hourly)$");
  private static final Pattern PART_OF_QUARTER = Pattern.compile("(?i)^[-\u2010 ](?:to[-\u2010 ]quarter|century)\\b");
  private static final Pattern SMALL_HOURS = Pattern.compile("(?i)^(?:the )?(?:early|small|wee|late) hours$");
  private static final Pattern FRACTION = Pattern.compile("(?i)quarters?$");
  private static final Pattern OPENING_QUOTE = Pattern.compile("(?:\"|``|''|\u201c)$");
  private static final Set<String> BARE_UNITS = Set.of(
      "day", "night", "hour", "minute", "second", "week", "month", "year", "quarter");
  /** "march" and "may" in lower case are a noun or a verb: news writes months with a capital. */
  private static final Pattern LOWER_CASE_MONTH = Pattern.compile("\\b(?:march|may)\\b");
  private static final Set<String> FREQUENCY_WORDS = Set.of("annual", "quarterly", "weekly", "monthly", "daily", "yearly");
  private static final Set<String> NOUN_LEADS = Set.of("DT", "PRP$", "JJ", "POS");

  private NonMarkables() {}

  /** Whether a resolved mention should be kept. */
  static boolean isMarkable(DateMention m, String text, Annotation annotation) {
    String phrase = m.text().toLowerCase(Locale.ROOT).trim();
    String cleaned = PhraseCleaner.clean(m.text());
    if (isRangeEnd(m) || isSharedPart(m)) {
      return true;
    }
    if (isAge(m, text) || !(TimeVocabulary.mentionsTime(m.text()) || TimeVocabulary.mentionsTime(cleaned))
        || isNotAYear(m, text) || isTitle(m, text)) {
      return false;
    }
    if (NON_TEMPORAL_SENSES.contains(phrase) || LOWER_CASE_MONTH.matcher(m.text()).find()) {
      return false;
    }
    if (RATE.matcher(phrase).matches() && previousIsQuantity(m, annotation)
        || RATE_ADVERB.matcher(phrase).matches() && previousIsCounted(m, annotation) || isFraction(m, text) || isNoPeriod(m, text)
        || BARE_UNITS.contains(phrase) && isRateUnit(m, annotation) || isFrequencyNoun(phrase, m, annotation)) {
      return false;
    }
    if (m.type().equals("DURATION") && WORTH.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).lookingAt()) {
      return false;
    }
    if (ATTRIBUTIVE.contains(phrase) && nounFollows(m, annotation)) {
      return false;
    }
    if ((phrase.equals("a second") || ORDINAL_END.matcher(phrase).find()) && nounFollows(m, annotation)
        || isProspects(phrase, m, text)) {
      return false;
    }
    return !(m.type().equals("DURATION") && BARE_UNITS.contains(cleaned)
        && !phrase.startsWith("a ") && !phrase.startsWith("an "));
  }

  /** The first of two parts sharing their noun, an ordinal alone: "first" in "the first and third quarters". */
  private static boolean isSharedPart(DateMention m) {
    return m.value() != null && SHARED_PART.matcher(m.value()).matches() && ORDINAL.matcher(m.text().strip()).matches();
  }

  /** The first end of a range of lengths, a count alone: "two" in "two-three years" (P2Y). */
  private static boolean isRangeEnd(DateMention m) {
    return m.type().equals("DURATION") && m.value() != null && COUNT.matcher(m.text().strip()).matches();
  }

  private static boolean isAge(DateMention m, String text) {
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 6));
    return AGE_INSIDE.matcher(m.text()).find() || (m.type().equals("DURATION")
        && AGE_AFTER.matcher(after).find());
  }

  /** A bare number that cannot be a year, or a number inside a hyphenated token or code. */
  private static boolean isNotAYear(DateMention m, String text) {
    String t = m.text().trim();
    if (!DIGITS.matcher(t).matches() || m.value() != null && DAY.matcher(m.value()).matches()) {
      return false; // "25" in "April 24 and 25" is a day of the month
    }
    if (!YEAR.matcher(t).matches()) {
      return true;
    }
    char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
    char after = m.end() < text.length() ? text.charAt(m.end()) : ' ';
    return before == '-' || Character.isLetterOrDigit(before) || after == '-' && m.end() + 1 < text.length()
        && Character.isDigit(text.charAt(m.end() + 1));
  }

  /** "a quarter of the market", "about three-quarters of its food": a share, not a period. */
  /** "the future of the club": the club's prospects, not a time. */
  private static boolean isProspects(String phrase, DateMention m, String text) {
    return (phrase.equals("future") || phrase.equals("the future")) && text.startsWith(" of ", m.end());
  }

  /**
   * "quarter-to-quarter" and "a quarter-century low" name no quarter of a year, and "the early
   * hours of Thursday" no length: the day after it is the expression.
   */
  private static boolean isNoPeriod(DateMention m, String text) {
    String t = m.text().strip().toLowerCase(Locale.ROOT);
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
    return t.endsWith("quarter") && PART_OF_QUARTER.matcher(after).find()
        || SMALL_HOURS.matcher(t).matches() && after.startsWith(" of ");
  }

  private static boolean isFraction(DateMention m, String text) {
    return m.type().equals("DURATION") && FRACTION.matcher(m.text()).find()
        && text.startsWith(" of ", m.end());
  }

  /** A capitalised name in quotation marks: a programme or film title ("This Week"). */
  private static boolean isTitle(DateMention m, String text) {
    String before = text.substring(Math.max(0, m.start() - 2), m.start());
    if (!OPENING_QUOTE.matcher(before).find()) {
      return false;
    }
    for (String w : m.text().split("\\s+")) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        return false;
      }
    }
    return true;
  }

  /** "$55 a night", "300 cars per day" where the annotator took the unit alone: a rate. */
  private static boolean isRateUnit(DateMention m, Annotation annotation) {
    List<Token> before = annotation.tokens().stream().filter(t -> t.end() <= m.start()).toList();
    if (before.size() < 2) {
      return false;
    }
    Token marker = before.get(before.size() - 1);
    Token quantity = before.get(before.size() - 2);
    return (marker.word().equalsIgnoreCase("a") || marker.word().equalsIgnoreCase("per"))
        && (RATE_HEADS.contains(quantity.pos()) || quantity.word().equals("%"));
  }

  /** "its initial quarterly of five cents", "the weekly said": the word as a noun, a dividend or a paper. */
  private static boolean isFrequencyNoun(String phrase, DateMention m, Annotation annotation) {
    if (!FREQUENCY_WORDS.contains(phrase) || nounFollows(m, annotation)) {
      return false;
    }
    Token previous = null;
    for (Token t : annotation.tokens()) {
      if (t.end() > m.start()) {
        break;
      }
      previous = t;
    }
    return previous != null && NOUN_LEADS.contains(previous.pos());
  }

  /**
   * "rise 8% annually", "$2 million yearly", "400 cars daily": a frequency word after an amount is
   * a rate, and so after a noun a verb of growth or decline takes ("doubling its profits annually");
   * after another noun ("briefs reporters weekly") it says how often, a SET.
   */
  private static boolean previousIsCounted(DateMention m, Annotation annotation) {
    List<Token> before = annotation.tokens().stream().filter(t -> t.end() <= m.start()).toList();
    if (before.isEmpty()) {
      return false;
    }
    Token previous = before.get(before.size() - 1);
    if (AMOUNT_TAGS.contains(previous.pos()) || previous.word().equals("%")) {
      return true;
    }
    if (!previous.pos().startsWith("NN") || before.size() < 2) {
      return false;
    }
    if (AMOUNT_TAGS.contains(before.get(before.size() - 2).pos())) {
      return true;
    }
    for (int i = before.size() - 2; i >= Math.max(0, before.size() - 5); i--) {
      if (CHANGE.matcher(before.get(i).word().toLowerCase(Locale.ROOT)).lookingAt()) {
        return true; // "doubling its profits annually": a growth rate
      }
    }
    return false;
  }

  /** "$2 million a year", "four flights a week": a rate, not a period of time. */
  private static boolean previousIsQuantity(DateMention m, Annotation annotation) {
    Token previous = null;
    for (Token t : annotation.tokens()) {
      if (t.end() > m.start()) {
        break;
      }
      previous = t;
    }
    return previous != null && (RATE_HEADS.contains(previous.pos()) || previous.word().equals("%"));
  }

  /** Whether the token right after the mention is a noun or an adjective. */
  private static boolean nounFollows(DateMention m, Annotation annotation) {
    String tag = nextTag(m, annotation);
    return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG");
  }

  /** The part of speech of the token after the mention, or "" at the end. */
  private static String nextTag(DateMention m, Annotation annotation) {
    for (Token t : annotation.tokens()) {
      if (t.start() >= m.end()) {
        return t.pos();
      }
    }
    return "";
  }
}
