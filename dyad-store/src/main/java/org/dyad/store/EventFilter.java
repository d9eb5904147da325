package org.dyad.store;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which events to read, and which page of them.
 *
 * @param dyad the pair of actors, or null for all
 * @param from first day (inclusive), or null
 * @param to last day (inclusive), or null
 * @param code a CAMEO code, or a prefix ending in {@code *} ({@code 03*}), or null
 * @param modality only events of this modality (asserted, negated, intended, hypothetical, reported), or
 *     {@link #FACTUAL} for the events that took place as told (asserted, reported, intended: an
 *     expression of intent is itself an event), or null for all
 * @param quadClasses only events of these QuadClasses (1 verbal cooperation, 2 material cooperation, 3 verbal
 *     conflict, 4 material conflict; {@link #MATERIAL} is 2 and 4: acts rather than words), empty for all
 * @param name only events whose source or target has this name (any case), or null
 * @param offset how many matching events to skip (the page's start)
 * @param limit at most this many (1..100000)
 */
public record EventFilter(Dyad dyad, LocalDate from, LocalDate to, String code, String modality, Set<Integer> quadClasses,
    String name, int offset, int limit) {
  private static final Pattern CODE = Pattern.compile("\\d{2,4}\\*?|\\*");
  /** The modalities of events that took place as told: everything but negated and hypothetical ones. */
  public static final String FACTUAL = "factual";
  /** The QuadClasses of material acts: material cooperation and material conflict. */
  public static final Set<Integer> MATERIAL = Set.of(2, 4);
  private static final Pattern MODALITY = Pattern.compile("asserted|negated|intended|hypothetical|reported|" + FACTUAL);

  public EventFilter {
    if (code != null && !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("bad event code '" + code + "': want a CAMEO code such as 036, or a prefix such as 03*");
    }
    if (modality != null && !MODALITY.matcher(modality).matches()) {
      throw new IllegalArgumentException("bad modality '" + modality + "': want asserted, negated, intended, hypothetical, reported or factual");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    quadClasses = Set.copyOf(quadClasses == null ? Set.of() : quadClasses);
    if (quadClasses.stream().anyMatch(q -> q < 1 || q > 4)) {
      throw new IllegalArgumentException("bad QuadClass in " + new TreeSet<>(quadClasses) + ": want 1 to 4");
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset below 0: " + offset);
    }
    if (limit < 1 || limit > 100_000) {
      throw new IllegalArgumentException("limit out of 1..100000: " + limit);
    }
  }

  /** Events of a dyad (null for all), a period and a code and modality (each null for any), the first {@code limit}. */
  public static EventFilter of(Dyad dyad, LocalDate from, LocalDate to, String code, String modality, int limit) {
    return new EventFilter(dyad, from, to, code, modality, Set.of(), null, 0, limit);
  }

  public static EventFilter all(int limit) {
    return of(null, null, null, null, null, limit);
  }

  /** This filter for events of these QuadClasses only. */
  public EventFilter quadClasses(Set<Integer> classes) {
    return new EventFilter(dyad, from, to, code, modality, classes, name, offset, limit);
  }

  /** This filter for events whose source or target has this name. */
  public EventFilter named(String actorName) {
    return new EventFilter(dyad, from, to, code, modality, quadClasses, actorName, offset, limit);
  }

  /** This filter's page from {@code start}, at most {@code size} events. */
  public EventFilter page(int start, int size) {
    return new EventFilter(dyad, from, to, code, modality, quadClasses, name, start, size);
  }

  Where where() {
    Where w = new Where();
    if (dyad != null) {
      dyad.addTo(w);
    }
    if (from != null) {
      w.add("e.day >= ?", from);
    }
    if (to != null) {
      w.add("e.day <= ?", to);
    }
    if (code != null && !code.equals("*")) {
      w.add(code.endsWith("*") ? "e.code LIKE ?" : "e.code = ?", code.endsWith("*") ? code.replace("*", "%") : code);
    }
    if (FACTUAL.equals(modality)) {
      w.add("e.modality IN ('asserted', 'reported', 'intended')");
    } else if (modality != null) {
      w.add("e.modality = ?", modality);
    }
    if (!quadClasses.isEmpty()) {
      w.add("e.quad_class IN (" + String.join(", ", java.util.Collections.nCopies(quadClasses.size(), "?")) + ")",
          quadClasses.stream().sorted().toArray());
    }
    if (name != null) {
      w.add("(lower(e.source_name) = lower(?) OR lower(e.target_name) = lower(?))", name, name);
    }
    return w;
  }
}
