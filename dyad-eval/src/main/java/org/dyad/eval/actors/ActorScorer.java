package org.dyad.eval.actors;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.eval.events.GoldEvent;
import org.dyad.eval.events.GoldSentence;

/**
 * Scores the actor codes of one sentence: the gold events' source and target codes against the
 * codes Dyad gives the sentence's entities, both in the gold's convention ({@link GoldEvent#normalize}).
 */
public final class ActorScorer {
  private static final String UNKNOWN = "---";

  private ActorScorer() {}

  /** Counts for a sentence; a sentence without gold events counts nothing. */
  public static ActorCounts score(GoldSentence gold, Collection<String> dyadCodes) {
    requireNonNull(gold, "gold is null");
    requireNonNull(dyadCodes, "dyadCodes is null");
    if (gold.noEvents() || gold.events().isEmpty()) {
      return ActorCounts.EMPTY;
    }
    Set<String> g = new TreeSet<>();
    for (GoldEvent e : gold.events()) {
      g.add(e.source());
      g.add(e.target());
    }
    g.remove("");
    Set<String> d = new TreeSet<>();
    for (String c : dyadCodes) {
      if (c != null && !c.isEmpty()) {
        d.add(GoldEvent.normalize(c));
      }
    }
    Set<String> gc = countries(g);
    Set<String> dc = countries(d);
    int goldFound = (int) g.stream().filter(d::contains).count();
    int countriesFound = (int) gc.stream().filter(dc::contains).count();
    int dyadInGold = (int) d.stream().filter(g::contains).count();
    int dyadCountry = (int) d.stream().filter(c -> gc.contains(GoldEvent.country(c))).count();
    return new ActorCounts(1, g.size(), goldFound, gc.size(), countriesFound, d.size(), dyadInGold, dyadCountry);
  }

  private static Set<String> countries(Set<String> codes) {
    Set<String> out = new TreeSet<>();
    for (String c : codes) {
      String k = GoldEvent.country(c);
      if (!k.equals(UNKNOWN)) {
        out.add(k);
      }
    }
    return out;
  }
}
