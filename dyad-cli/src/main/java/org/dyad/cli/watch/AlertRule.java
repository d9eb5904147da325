package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.store.Dyad;

/**
 * One {@code --alert} rule: a dyad's events in a cycle against its trailing average. Written as comma-separated
 * {@code name=value} pairs, for example {@code dyad=RUS:UKR,quad=4,above=2x}:
 * <ul>
 *   <li>{@code dyad=A:B} (required): the pair, either way round; {@code A>B} for events from A to B only. A side is a
 *       country ({@code RUS}) or an actor code ({@code RUSGOV}, with its sub-codes), as {@code dyad events --dyad}.
 *   <li>{@code metric=count} (default) or {@code metric=goldstein}: the number of events, or their mean Goldstein score.
 *   <li>{@code quad=1..4}: only events of that QuadClass; a count defaults to 4 (material conflict), a mean to all.
 *   <li>{@code above=V} or {@code below=V} (one of them): for a count, {@code 2x} (twice the trailing average, at
 *       least), {@code 0.5x}, or {@code +5} / {@code -5} (that many more or fewer); for a mean Goldstein only a
 *       difference such as {@code -2} (a ratio of signed scores means nothing).
 *   <li>{@code over=8c} (default) or {@code over=7d}: the trailing average over the previous N cycles of this watch,
 *       or the dyad's daily events in the store over the N days before the day of the cycle's newest matching event
 *       (then the value compared is that day's, all its stored events, not only this cycle's).
 *   <li>{@code min=N} (default 1): fire only when the compared value rests on at least N events.
 * </ul>
 * Only factual events count (asserted, reported, intended), each once however many reports tell it.
 */
public record AlertRule(String text, Dyad dyad, Metric metric, Integer quad, boolean above, double threshold, boolean ratio,
    int window, boolean days, int min) {
  /** What a rule compares. */
  public enum Metric { COUNT, GOLDSTEIN }

  private static final Set<String> NAMES = Set.of("dyad", "metric", "quad", "above", "below", "over", "min");
  private static final Pattern RATIO = Pattern.compile("(\\d+(?:\\.\\d+)?)x");
  private static final Pattern DIFFERENCE = Pattern.compile("([+-]\\d+(?:\\.\\d+)?)");
  private static final Pattern OVER = Pattern.compile("(\\d{1,3})([cd])");

  public AlertRule {
    requireNonNull(text, "text is null");
    requireNonNull(dyad, "dyad is null");
    requireNonNull(metric, "metric is null");
  }

  /** Parses a rule; a bad one is an {@link IllegalArgumentException} that says what is wrong and what is wanted. */
  public static AlertRule parse(String text) {
    requireNonNull(text, "text is null");
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : text.split(",", -1)) {
      int eq = part.indexOf('=');
      String name = eq < 0 ? part.strip() : part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      if (eq < 0 || !NAMES.contains(name)) {
        throw bad(text, "'" + part.strip() + "' is not one of dyad=, metric=, quad=, above=, below=, over=, min=");
      }
      if (parts.put(name, part.substring(eq + 1).strip()) != null) {
        throw bad(text, name + "= is given twice");
      }
    }
    if (!parts.containsKey("dyad")) {
      throw bad(text, "dyad= is missing (such as dyad=RUS:UKR)");
    }
    Dyad dyad = dyad(text, parts.get("dyad"));
    Metric metric = switch (parts.getOrDefault("metric", "count").toLowerCase(Locale.ROOT)) {
      case "count" -> Metric.COUNT;
      case "goldstein" -> Metric.GOLDSTEIN;
      default -> throw bad(text, "metric= wants count or goldstein, not '" + parts.get("metric") + "'");
    };
    Integer quad = null;
    if (parts.containsKey("quad")) {
      quad = quad(text, parts.get("quad"));
    } else if (metric == Metric.COUNT) {
      quad = 4;
    }
    if (parts.containsKey("above") == parts.containsKey("below")) {
      throw bad(text, "give one of above= or below=");
    }
    boolean above = parts.containsKey("above");
    String limit = parts.get(above ? "above" : "below").toLowerCase(Locale.ROOT);
    Matcher r = RATIO.matcher(limit);
    Matcher d = DIFFERENCE.matcher(limit);
    boolean ratio = r.matches();
    if (!ratio && !d.matches()) {
      throw bad(text, (above ? "above=" : "below=") + " wants a ratio such as 2x or a difference such as +5 or -2, not '" + limit + "'");
    }
    if (ratio && metric == Metric.GOLDSTEIN) {
      throw bad(text, "a mean Goldstein score is compared by a difference (below=-2), not a ratio");
    }
    double threshold = Double.parseDouble(ratio ? r.group(1) : d.group(1));
    Matcher o = OVER.matcher(parts.getOrDefault("over", "8c").toLowerCase(Locale.ROOT));
    if (!o.matches() || Integer.parseInt(o.group(1)) == 0) {
      throw bad(text, "over= wants a number of cycles (8c) or days (7d) from 1 to 999, not '" + parts.get("over") + "'");
    }
    int min = parts.containsKey("min") ? number(text, "min", parts.get("min")) : 1;
    return new AlertRule(text.strip(), dyad, metric, quad, above, threshold, ratio, Integer.parseInt(o.group(1)), o.group(2).equals("d"), min);
  }

  private static Dyad dyad(String text, String value) {
    boolean directed = value.contains(">");
    try {
      return Dyad.parse(directed ? value.replace('>', ':') : value, directed);
    } catch (IllegalArgumentException e) {
      throw bad(text, "dyad= " + e.getMessage() + " (A>B for one direction)");
    }
  }

  private static int quad(String text, String value) {
    if (!value.matches("[1-4]")) {
      throw bad(text, "quad= wants a QuadClass from 1 to 4 (4 is material conflict), not '" + value + "'");
    }
    return Integer.parseInt(value);
  }

  private static int number(String text, String name, String value) {
    if (!value.matches("\\d{1,6}") || Integer.parseInt(value) < 1) {
      throw bad(text, name + "= wants a whole number from 1, not '" + value + "'");
    }
    return Integer.parseInt(value);
  }

  private static IllegalArgumentException bad(String rule, String why) {
    return new IllegalArgumentException("bad --alert '" + rule + "': " + why);
  }

  /**
   * Whether {@code value} (the cycle's, or the day's) crosses this rule's limit against the trailing {@code baseline}:
   * for a ratio, {@code value >= threshold * baseline} (above) or {@code value <= threshold * baseline} (below); for a
   * difference, {@code value - baseline >= threshold} (above) or {@code <= threshold} (below).
   */
  public boolean crosses(double value, double baseline) {
    if (ratio) {
      return above ? value >= threshold * baseline : value <= threshold * baseline;
    }
    return above ? value - baseline >= threshold : value - baseline <= threshold;
  }

  /** Whether an event with these sides' actor codes and this QuadClass counts for the rule. */
  public boolean matches(String sourceActor, String targetActor, int quadClass) {
    if (quad != null && quad != quadClass) {
      return false;
    }
    return side(dyad.a(), sourceActor) && side(dyad.b(), targetActor)
        || !dyad.directed() && side(dyad.a(), targetActor) && side(dyad.b(), sourceActor);
  }

  /** As the store matches a side: {@code *}, or an actor code that starts with it (a country is its code's head). */
  private static boolean side(String side, String actor) {
    return side.equals("*") || actor != null && actor.startsWith(side);
  }
}
