package org.dyad.store;

import java.util.List;

/**
 * The corpus's own precision, from the latest judgement of each reviewed event still coded: overall, by CAMEO
 * root (as coded), by actor code (each event counted for its source and for its target) and by lexicon entry
 * ({@code (no lexicon entry)} for events a rule or construction coded). The groups are listed with the most
 * events judged not right first: where to look.
 *
 * @param overall null when nothing is judged
 * @param orphans judgements whose event is no longer coded (not counted above)
 */
public record ReviewStats(Precision overall, List<Precision> byRoot, List<Precision> byActor, List<Precision> byLexicon,
    long orphans) {
  public ReviewStats {
    byRoot = List.copyOf(byRoot);
    byActor = List.copyOf(byActor);
    byLexicon = List.copyOf(byLexicon);
  }
}
