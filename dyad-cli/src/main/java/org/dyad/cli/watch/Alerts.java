package org.dyad.cli.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.store.EventFilter;
import org.dyad.store.EventRow;
import org.dyad.store.Period;
import org.dyad.store.Queries;
import org.dyad.store.TimelineRow;

/**
 * Evaluates {@link AlertRule}s over one cycle's events. A rule over cycles compares the cycle's value with the
 * mean of the previous N cycles' values, which the watch keeps in its state ({@link Tally} per rule and cycle,
 * so a killed cycle adds nothing and its redo adds once); a rule over days reads the dyad's daily events from
 * the store. A rule over cycles does not fire in the first cycle (no baseline); a mean Goldstein needs events on
 * both sides. A count against a zero average is above any ratio: a dyad that flares up out of nothing fires.
 */
public final class Alerts {
  private final List<AlertRule> rules;

  public Alerts(List<AlertRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * One cycle's matching events of a rule: how many and the sum of their Goldstein scores.
   *
   * @param events how many factual events matched
   * @param goldstein the sum of their Goldstein scores
   */
  public record Tally(int events, double goldstein) {
    static final Tally NONE = new Tally(0, 0);
  }

  /**
   * An alert that fired.
   *
   * @param rule the rule as the user wrote it
   * @param value the cycle's (or the day's) count or mean Goldstein score
   * @param baseline the trailing average it was compared with
   * @param events how many events the value rests on
   * @param over what the baseline covers ("8 cycles", "7 days before 2026-12-01")
   * @param eventIds the store ids of the cycle's events that matched the rule
   */
  public record Fired(String rule, String dyad, String metric, Integer quad, double value, double baseline, int events, String over,
      List<Long> eventIds) {
    public String line() {
      return String.format(Locale.ROOT, "dyad: watch: alert %s: %s %s %.2f against %.2f over %s (%d event(s))", rule, dyad,
          metric, value, baseline, over, events);
    }
  }

  /** What evaluating the rules gave: the alerts fired and each rule's trailing tallies, this cycle's last. */
  public record Result(List<Fired> fired, Map<String, List<Tally>> history) {}

  /**
   * @param events the cycle's events (every modality; only factual ones count)
   * @param history each rule's tallies of the previous cycles, oldest first (by rule text)
   * @param store the store, for rules over days
   */
  public Result evaluate(List<EventRow> events, Map<String, List<Tally>> history, Queries store) {
    List<Fired> fired = new ArrayList<>();
    Map<String, List<Tally>> kept = new LinkedHashMap<>();
    for (AlertRule rule : rules) {
      List<EventRow> matching = events.stream().filter(e -> factual(e.modality()))
          .filter(e -> rule.matches(e.source().actor(), e.target() == null ? null : e.target().actor(), e.quadClass())).toList();
      Tally now = new Tally(matching.size(), matching.stream().mapToDouble(EventRow::goldstein).sum());
      List<Tally> before = history.getOrDefault(rule.text(), List.of());
      List<Long> ids = matching.stream().map(EventRow::id).filter(Objects::nonNull).toList();
      if (rule.days()) {
        byDays(rule, matching, store, ids).ifPresent(fired::add);
      } else {
        byCycles(rule, now, before, ids).ifPresent(fired::add);
        List<Tally> next = new ArrayList<>(before);
        next.add(now);
        kept.put(rule.text(), List.copyOf(next.subList(Math.max(0, next.size() - rule.window()), next.size())));
      }
    }
    return new Result(fired, kept);
  }

  private static boolean factual(String modality) {
    return modality.equals("asserted") || modality.equals("reported") || modality.equals("intended");
  }

  private static Optional<Fired> byCycles(AlertRule rule, Tally now, List<Tally> before, List<Long> ids) {
    if (before.isEmpty()) {
      return Optional.empty();
    }
    String over = before.size() + " cycle(s)";
    if (rule.metric() == AlertRule.Metric.COUNT) {
      double baseline = before.stream().mapToInt(Tally::events).average().orElse(0);
      return check(rule, now.events(), baseline, now.events(), over, ids);
    }
    int n = before.stream().mapToInt(Tally::events).sum();
    if (n == 0 || now.events() == 0) {
      return Optional.empty();
    }
    double baseline = before.stream().mapToDouble(Tally::goldstein).sum() / n;
    return check(rule, now.goldstein() / now.events(), baseline, now.events(), over, ids);
  }

  private static Optional<Fired> byDays(AlertRule rule, List<EventRow> matching, Queries store, List<Long> ids) {
    LocalDate day = matching.stream().map(EventRow::day).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    if (day == null) {
      return Optional.empty();
    }
    LocalDate from = day.minusDays(rule.window());
    EventFilter f = EventFilter.of(rule.dyad(), from, day, null, EventFilter.FACTUAL, 1)
        .quadClasses(rule.quad() == null ? Set.of() : Set.of(rule.quad()));
    int dayEvents = 0;
    double dayGoldstein = 0;
    int beforeEvents = 0;
    double beforeGoldstein = 0;
    for (TimelineRow r : store.timeline(f, Period.DAY).periods()) {
      double sum = r.meanGoldstein() == null ? 0 : r.meanGoldstein() * r.events();
      if (r.period().equals(day)) {
        dayEvents += r.events();
        dayGoldstein += sum;
      } else if (!r.period().isBefore(from)) {
        beforeEvents += r.events();
        beforeGoldstein += sum;
      }
    }
    String over = rule.window() + " day(s) before " + day;
    if (rule.metric() == AlertRule.Metric.COUNT) {
      return check(rule, dayEvents, (double) beforeEvents / rule.window(), dayEvents, over, ids);
    }
    if (beforeEvents == 0 || dayEvents == 0) {
      return Optional.empty();
    }
    return check(rule, dayGoldstein / dayEvents, beforeGoldstein / beforeEvents, dayEvents, over, ids);
  }

  private static Optional<Fired> check(AlertRule rule, double value, double baseline, int events, String over, List<Long> ids) {
    if (events < rule.min() || !rule.crosses(value, baseline)) {
      return Optional.empty();
    }
    String metric = rule.metric() == AlertRule.Metric.COUNT ? "count" : "mean-goldstein";
    return Optional.of(new Fired(rule.text(), rule.dyad().a() + (rule.dyad().directed() ? ">" : ":") + rule.dyad().b(), metric,
        rule.quad(), Math.round(value * 100) / 100.0, Math.round(baseline * 1000) / 1000.0, events, over, ids));
  }
}
