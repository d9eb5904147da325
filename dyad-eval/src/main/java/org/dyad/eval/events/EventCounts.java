package org.dyad.eval.events;

/**
 * Counts over a set of gold sentences (records).
 *
 * @param records sentences scored
 * @param noEventRecords of those, sentences whose gold says "no events"
 * @param noEventEmpty of those, sentences where the system found nothing
 * @param recordsExact sentences whose predicted set equals the gold set
 * @param gold gold events
 * @param system predicted events
 * @param exact predicted events matching a gold event exactly (source, target, code)
 * @param relaxed predicted events matching a gold event on root code and actor countries
 * @param dyads predicted events matching a gold event on source and target (any code): a diagnosis
 *     that separates actor errors from code errors
 */
public record EventCounts(int records, int noEventRecords, int noEventEmpty, int recordsExact, int gold, int system,
    int exact, int relaxed, int dyads) {
  public static final EventCounts EMPTY = new EventCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  public EventCounts {
    if (records < 0 || noEventRecords < 0 || noEventRecords > records || noEventEmpty < 0 || noEventEmpty > noEventRecords
        || recordsExact < 0 || recordsExact > records || gold < 0 || system < 0 || exact < 0 || exact > relaxed
        || relaxed > Math.min(gold, system) || dyads < exact || dyads > Math.min(gold, system)) {
      throw new IllegalArgumentException("inconsistent counts " + this.toString(records, gold, system, exact, relaxed));
    }
  }

  private String toString(int r, int g, int s, int e, int x) {
    return r + "/" + g + "/" + s + "/" + e + "/" + x;
  }

  public EventCounts plus(EventCounts o) {
    return new EventCounts(records + o.records, noEventRecords + o.noEventRecords, noEventEmpty + o.noEventEmpty,
        recordsExact + o.recordsExact, gold + o.gold, system + o.system, exact + o.exact, relaxed + o.relaxed,
        dyads + o.dyads);
  }

  /** Micro precision, recall and F1 over exact triples. */
  public double[] exactScore() {
    return prf(exact);
  }

  /** Micro precision, recall and F1 over relaxed triples (root code, actor countries). */
  public double[] relaxedScore() {
    return prf(relaxed);
  }

  private double[] prf(int correct) {
    double p = system == 0 ? 0 : (double) correct / system;
    double r = gold == 0 ? 0 : (double) correct / gold;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  /** Micro precision, recall and F1 over (source, target) pairs, any code. */
  public double[] dyadScore() {
    return prf(dyads);
  }

  /** The share of no-event sentences left empty (1 when there are none). */
  public double noEventEmptyShare() {
    return noEventRecords == 0 ? 1 : (double) noEventEmpty / noEventRecords;
  }

  /** Extra (unmatched predicted) events per record: the FP% of PETRARCH's validation. */
  public double extraPerRecord() {
    return records == 0 ? 0 : (double) (system - exact) / records;
  }
}
