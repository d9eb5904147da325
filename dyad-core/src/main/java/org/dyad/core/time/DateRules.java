package org.dyad.core.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Dyad's own normalisation rules for English news, as pure functions of an expression's text, the
 * article date and the tense of its clause. The rules are tried in a fixed order and the first one
 * that recognises the (cleaned) expression wins.
 *
 * <p>Anchoring: with a null article date every relative expression resolves to a null value (it is
 * recognised, but never guessed); absolute ones ("August 15, 2021", "fiscal 2021", "P20Y") still
 * get their value.
 *
 * @see SetRule
 * @see DayRule
 * @see WeekdayRule
 * @see MonthDayRule
 * @see SeasonRule
 * @see QuarterRule
 * @see YearRule
 * @see RelativeUnitRule
 * @see FractionRule
 * @see DurationRule
 * @see ReferenceRule
 * @see ClockTimeRule
 * @see DayShiftRule
 */
public final class DateRules {
  private static final DateRules STANDARD = new DateRules();

  private final List<TimexRule> rules;

  private DateRules() {
    this.rules = List.of(
        new SetRule(), new DayRule(), new WeekdayRule(), new MonthDayRule(), new SeasonRule(), new QuarterRule(),
        new YearRule(), new RelativeUnitRule(), new FractionRule(), new DurationRule(), new ReferenceRule(),
        new ClockTimeRule(this), new DayShiftRule(this));
  }

  /** The standard rule set. */
  public static DateRules standard() {
    return STANDARD;
  }

  /**
   * Resolves a time expression.
   *
   * @param text the expression as written, for example "on Wednesday" or "the past 20 years"
   * @param articleDate the article date, or null
   * @param future whether the expression sits in a future-tense clause ("will meet on Monday")
   * @return the type and value, or empty when no rule recognises the expression
   */
  public Optional<TimexValue> resolve(String text, LocalDate articleDate, boolean future) {
    requireNonNull(text, "text is null");
    String phrase = PhraseCleaner.clean(text);
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    for (TimexRule rule : rules) {
      Optional<TimexValue> v = rule.apply(phrase, articleDate, future);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** Resolves an expression in a clause that is not future tense. */
  public Optional<TimexValue> resolve(String text, LocalDate articleDate) {
    return resolve(text, articleDate, false);
  }
}
