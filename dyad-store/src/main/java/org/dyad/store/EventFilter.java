package org.dyad.store;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Which events to read.
 *
 * @param dyad the pair of actors, or null for all
 * @param from first day (inclusive), or null
 * @param to last day (inclusive), or null
 * @param code a CAMEO code, or a prefix ending in {@code *} ({@code 03*}), or null
 * @param modality only events of this modality (asserted, negated, intended, hypothetical, reported), or
 *     {@link #FACTUAL} for the events that took place as told (asserted, reported, intended: an
 *     expression of intent is itself an event), or null for all
 * @param after a cursor: only events with a larger id, or 0
 * @param limit at most this many (1..100000)
 */
public record EventFilter(Dyad dyad, LocalDate from, LocalDate to, String code, String modality, long after, int limit) {
  private static final Pattern CODE = Pattern.compile("\\d{2,4}\\*?|\\*");
  /** The modalities of events that took place as told: everything but negated and hypothetical ones. */
  public static final String FACTUAL = "factual";
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
    if (limit < 1 || limit > 100_000) {
      throw new IllegalArgumentException("limit out of 1..100000: " + limit);
    }
  }

  public static EventFilter all(int limit) {
    return new EventFilter(null, null, null, null, null, 0, limit);
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
    if (after > 0) {
      w.add("e.event_id > ?", after);
    }
    return w;
  }
}
